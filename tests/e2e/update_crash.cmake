# `update -o GRAPH --diff DIFF` commits the graph before the diff: a crash
# between the two renames (injected with the test hook
# DYAD_TEST_KILL_AFTER_RENAMES, see export/atomic_file.cc) leaves the new
# graph beside the previous diff, never a new diff beside the old graph; a
# failed output replaces neither.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/a ${WORK}/b)
file(WRITE ${WORK}/a/a.txt "Peru met with Chile on Monday.\n")
file(WRITE ${WORK}/b/b.txt "Peru met with Bolivia on Tuesday.\n")
run_dyad(base build ${WORK}/a -o ${WORK}/old.json --quiet)
run_dyad(ref update ${WORK}/old.json ${WORK}/b -o ${WORK}/new.json --diff ${WORK}/new-diff.json --quiet)
expect_equal("reference update" "0" "${ref_CODE}")
file(WRITE ${WORK}/d.json "previous diff\n")

# Killed after the first rename (the graph): new graph, previous diff.
file(COPY_FILE ${WORK}/old.json ${WORK}/g.json)
set(ENV{DYAD_TEST_KILL_AFTER_RENAMES} 1)
execute_process(COMMAND ${DYAD} update ${WORK}/g.json ${WORK}/b -o ${WORK}/g.json --diff ${WORK}/d.json --quiet
                RESULT_VARIABLE code)
unset(ENV{DYAD_TEST_KILL_AFTER_RENAMES})
expect_equal("killed update" "Subprocess killed" "${code}")
expect_same_file(${WORK}/new.json ${WORK}/g.json)
file(READ ${WORK}/d.json d)
expect_equal("diff after the kill" "previous diff\n" "${d}")

# Killed before any rename would be the old pair; killed after both, the new pair.
file(COPY_FILE ${WORK}/old.json ${WORK}/g.json)
set(ENV{DYAD_TEST_KILL_AFTER_RENAMES} 2)
execute_process(COMMAND ${DYAD} update ${WORK}/g.json ${WORK}/b -o ${WORK}/g.json --diff ${WORK}/d.json --quiet
                RESULT_VARIABLE code)
unset(ENV{DYAD_TEST_KILL_AFTER_RENAMES})
expect_equal("killed after both renames" "Subprocess killed" "${code}")
expect_same_file(${WORK}/new.json ${WORK}/g.json)
expect_same_file(${WORK}/new-diff.json ${WORK}/d.json)

# An output that cannot be written (its folder is missing): graph and diff untouched.
file(COPY_FILE ${WORK}/old.json ${WORK}/g.json)
file(WRITE ${WORK}/d.json "previous diff\n")
run_dyad(bad update ${WORK}/g.json ${WORK}/b -o ${WORK}/no/such/x.gexf -o ${WORK}/g.json --diff ${WORK}/d.json --quiet)
expect_equal("failed update: exit code" "1" "${bad_CODE}")
expect_equal("failed update: message"
             "dyad update: cannot write '${WORK}/no/such/x.gexf': No such file or directory\n" "${bad_ERR}")
expect_same_file(${WORK}/old.json ${WORK}/g.json)
file(READ ${WORK}/d.json d)
expect_equal("diff after the failure" "previous diff\n" "${d}")
