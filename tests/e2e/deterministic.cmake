# Same input and rules give byte-identical files, whatever the thread count.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(MAKE_DIRECTORY ${WORK})
run_dyad(a build seeds -j 1 -o ${WORK}/a.json -o ${WORK}/a.graphml --quiet)
run_dyad(b build seeds -j 4 -o ${WORK}/b.json -o ${WORK}/b.graphml --quiet)
expect_equal("exit codes" "00" "${a_CODE}${b_CODE}")
expect_same_file(${WORK}/a.json ${WORK}/b.json)
expect_same_file(${WORK}/a.graphml ${WORK}/b.graphml)
