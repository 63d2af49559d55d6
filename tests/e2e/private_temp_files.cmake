# A symlink planted at the old predictable temporary name (.NAME.tmp.PID) is
# never followed: the victim file is unchanged and the output is written.
# (bash's exec keeps the PID that the symlink was named after.)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/victim.txt "precious\n")
execute_process(COMMAND bash -c "ln -s '${WORK}/victim.txt' '${WORK}/.out.json.tmp.'$$ && exec '${DYAD}' build seeds -o '${WORK}/out.json' --quiet"
                RESULT_VARIABLE code ERROR_VARIABLE err WORKING_DIRECTORY ${SOURCE})
expect_equal("exit code" "0" "${code}")
expect_equal("stderr" "" "${err}")
file(READ ${WORK}/victim.txt victim)
expect_equal("victim" "precious\n" "${victim}")
run_dyad(ref build seeds -o ${WORK}/ref.json --quiet)
expect_same_file(${WORK}/ref.json ${WORK}/out.json)
file(GLOB links LIST_DIRECTORIES false ${WORK}/.out.json.tmp.*)
list(LENGTH links n)
expect_equal("planted symlink left alone (and no temporary file left)" "1" "${n}")
