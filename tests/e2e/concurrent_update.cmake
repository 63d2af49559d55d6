# Two updates of one graph at once take turns on its lock file: both
# article sets end in the graph in every one of TRIALS trials.
# (execute_process runs its COMMANDs at the same time.)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/a ${WORK}/b ${WORK}/c)
file(WRITE ${WORK}/a/a.txt "Peru met with Chile on Monday.\n")
file(WRITE ${WORK}/b/b.txt "Peru met with Bolivia on Tuesday.\n")
file(WRITE ${WORK}/c/c.txt "Chile met with Bolivia on Wednesday.\n")
if(NOT TRIALS)
  set(TRIALS 20)
endif()
foreach(trial RANGE 1 ${TRIALS})
  run_dyad(base build ${WORK}/a -o ${WORK}/g.json --quiet)
  execute_process(COMMAND ${DYAD} update ${WORK}/g.json ${WORK}/b -o ${WORK}/g.json --quiet
                  COMMAND ${DYAD} update ${WORK}/g.json ${WORK}/c -o ${WORK}/g.json --quiet
                  RESULTS_VARIABLE codes ERROR_VARIABLE err WORKING_DIRECTORY ${SOURCE})
  expect_equal("trial ${trial} exit codes" "0;0" "${codes}")
  expect_equal("trial ${trial} messages" "" "${err}")
  file(READ ${WORK}/g.json g)
  string(REGEX MATCHALL "\"id\":\"[abc]\"" ids "${g}")
  expect_equal("trial ${trial} documents" "\"id\":\"a\";\"id\":\"b\";\"id\":\"c\"" "${ids}")
endforeach()
