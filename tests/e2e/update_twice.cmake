# The README walk-through: build from three seed articles, update with the
# other two, diff, and the properties that make updates safe to repeat:
# the update equals a build of all five, a second update changes nothing,
# an in-place update that fails leaves the graph as it was.
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(FIRST seeds/000-china-peru-military-delegation.md seeds/001-us-pressure-peru-scraped.txt
          seeds/002-chile-peru-military-cooperation.md)
set(NEXT seeds/003-cpc-delegation-visits-peru.md seeds/004-peru-usa-securite.md)

run_dyad(all build seeds -o ${WORK}/all.json --quiet)
run_dyad(w1 build ${FIRST} -o ${WORK}/week1.json --quiet)
run_dyad(w2 update ${WORK}/week1.json ${NEXT} -o ${WORK}/week2.json --diff ${WORK}/update-diff.json --quiet)
expect_equal("exit codes" "000" "${all_CODE}${w1_CODE}${w2_CODE}")
expect_same_file(${WORK}/all.json ${WORK}/week2.json)

# The diff, as printed and as JSON; `update --diff` wrote the same JSON.
run_dyad(d diff ${WORK}/week1.json ${WORK}/week2.json -o ${WORK}/week2-diff.json -o ${WORK}/week2-diff.gexf)
expect_equal("diff exit code" "0" "${d_CODE}")
string(REPLACE "${WORK}" "WORK" d_text "${d_OUT}")
file(WRITE ${WORK}/week2-diff.txt "${d_text}")
expect_golden(${GOLDEN}/seeds-update.diff.txt ${WORK}/week2-diff.txt)
expect_golden(${GOLDEN}/seeds-update.diff.json ${WORK}/week2-diff.json)
expect_same_file(${WORK}/week2-diff.json ${WORK}/update-diff.json)

# Twice: every article is already there; nothing changes, not even a byte.
run_dyad(again update ${WORK}/week2.json seeds -o ${WORK}/week2-again.json --diff ${WORK}/again-diff.json)
expect_equal("second update exit code" "0" "${again_CODE}")
string(FIND "${again_OUT}" "update: 5 document(s) already in ${WORK}/week2.json, skipped\n" counted)
if(counted EQUAL -1)
  message(FATAL_ERROR "the second update did not count the articles it skipped:\n${again_OUT}")
endif()
expect_same_file(${WORK}/week2.json ${WORK}/week2-again.json)
file(READ ${WORK}/again-diff.json again_diff)
string(FIND "${again_diff}" "\"nodes\": [],\n  \"edges\": []\n}\n" empty)
if(empty EQUAL -1)
  message(FATAL_ERROR "the second update's diff is not empty:\n${again_diff}")
endif()

# In place: the same result; and a failing update leaves the old file intact,
# even when an output that would replace it is listed first.
file(COPY_FILE ${WORK}/week1.json ${WORK}/graph.json)
run_dyad(inplace update ${WORK}/graph.json ${NEXT} -o ${WORK}/graph.json --quiet)
expect_equal("in-place update exit code" "0" "${inplace_CODE}")
expect_same_file(${WORK}/all.json ${WORK}/graph.json)
file(COPY_FILE ${WORK}/week1.json ${WORK}/graph.json)
file(MAKE_DIRECTORY ${WORK}/taken.gexf)
run_dyad(fail update ${WORK}/graph.json ${NEXT} -o ${WORK}/graph.json -o ${WORK}/taken.gexf --quiet)
expect_equal("failed update exit code" "1" "${fail_CODE}")
expect_same_file(${WORK}/week1.json ${WORK}/graph.json)
run_dyad(missing update ${WORK}/graph.json seeds/no-such-article.md -o ${WORK}/graph.json)
expect_equal("update with a missing article" "1" "${missing_CODE}")
expect_same_file(${WORK}/week1.json ${WORK}/graph.json)
