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
# RapidJSON scans strings 16 bytes at a time with SSE2 (every x86-64 has it):
# article text is most of what it parses. Its aligned loads may read past a
# buffer's end within the same 16 bytes, which AddressSanitizer reports, so
# sanitized builds keep the byte-wise scan.
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$" AND NOT DYAD_SANITIZE AND NOT DYAD_FUZZ)
  target_compile_definitions(dyad_rapidjson INTERFACE RAPIDJSON_SSE2)
endif()
