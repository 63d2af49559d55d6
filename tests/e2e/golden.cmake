# expect_golden(GOLDEN ACTUAL): like expect_same_file, except that with
# DYAD_REGENERATE_GOLDEN=1 in the environment it rewrites the golden file
# (a deliberate change that then shows in review).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

function(expect_golden golden actual)
  if("$ENV{DYAD_REGENERATE_GOLDEN}" STREQUAL "1")
    file(COPY_FILE ${actual} ${golden})
    message(STATUS "regenerated ${golden}")
  else()
    expect_same_file(${golden} ${actual})
  endif()
endfunction()

# xmllint_valid(FILE ARGS...): fails unless xmllint accepts FILE with ARGS
# (--schema X.xsd or --relaxng X.rng).
function(xmllint_valid path)
  execute_process(COMMAND xmllint --noout --nonet ${ARGN} ${path} RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "xmllint ${ARGN} ${path}:\n${err}")
  endif()
endfunction()
