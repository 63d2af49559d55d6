# A broken rule pack: every error is reported at once with file:line:column,
# exit code 1, and no output file is written.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
run_dyad(r build seeds --rules tests/data/bad-pack -o ${WORK}/out.json)
expect_equal("exit code" "1" "${r_CODE}")
file(READ ${GOLDEN}/bad-pack.stderr expected)
expect_equal("stderr" "${expected}" "${r_ERR}")
if(EXISTS ${WORK}/out.json)
  message(FATAL_ERROR "an output file was written despite the errors")
endif()
