# Helpers for the end-to-end scripts (run with cmake -P).

# Runs DYAD with the given arguments; sets <prefix>_OUT, _ERR and _CODE.
function(run_dyad prefix)
  execute_process(COMMAND ${DYAD} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code
                  WORKING_DIRECTORY ${SOURCE})
  set(${prefix}_OUT "${out}" PARENT_SCOPE)
  set(${prefix}_ERR "${err}" PARENT_SCOPE)
  set(${prefix}_CODE "${code}" PARENT_SCOPE)
endfunction()

# Fails with a unified diff unless the two files are byte-identical.
function(expect_same_file expected actual)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${expected} ${actual} RESULT_VARIABLE differ)
  if(differ)
    execute_process(COMMAND diff -u ${expected} ${actual} OUTPUT_VARIABLE d)
    message(FATAL_ERROR "${actual} differs from ${expected}:\n${d}")
  endif()
endfunction()

function(expect_equal what expected actual)
  if(NOT "${expected}" STREQUAL "${actual}")
    message(FATAL_ERROR "${what}: expected\n[${expected}]\ngot\n[${actual}]")
  endif()
endfunction()
