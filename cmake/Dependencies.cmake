# All dependencies are Debian/Ubuntu packages; see scripts in .ci/ and README.
find_package(Boost 1.71 REQUIRED)            # Boost.Graph is header-only here
find_package(yaml-cpp REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/document.h REQUIRED)
find_package(Threads REQUIRED)

# yaml-cpp 0.7 exports `yaml-cpp`, 0.8 exports `yaml-cpp::yaml-cpp`.
if(TARGET yaml-cpp::yaml-cpp)
  set(DYAD_YAML_TARGET yaml-cpp::yaml-cpp)
else()
  set(DYAD_YAML_TARGET yaml-cpp)
endif()

add_library(dyad_rapidjson INTERFACE)
target_include_directories(dyad_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIR})
