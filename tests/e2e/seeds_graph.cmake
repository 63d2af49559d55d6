# The whole seeds graph is pinned: any change to rules, extractor or writers
# that alters it must update tests/golden/seeds.json in the same commit.
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
file(MAKE_DIRECTORY ${WORK})
run_dyad(r build seeds -o ${WORK}/seeds.json --quiet)
expect_equal("exit code" "0" "${r_CODE}")
expect_equal("stderr" "" "${r_ERR}")
expect_golden(${GOLDEN}/seeds.json ${WORK}/seeds.json)
