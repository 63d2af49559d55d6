# dyad_embed_files(OUTPUT out.cc BASE dir FILES a.yaml b.yaml ...)
# Generates a C++ source that defines dyad::rules_data::kDefaultRuleFiles, the
# default rule pack compiled into the binary so it runs from any directory.
function(dyad_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE" "FILES" ${ARGN})
  set(inputs)
  foreach(f IN LISTS ARG_FILES)
    list(APPEND inputs "${ARG_BASE}/${f}")
  endforeach()
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DBASE=${ARG_BASE}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding the default rule pack"
    VERBATIM)
endfunction()
