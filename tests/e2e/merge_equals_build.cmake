# Building parts of a corpus separately and merging them gives the file that
# building the whole corpus at once gives, byte for byte, whatever the
# order and grouping of the parts: what lets extraction spread over machines.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
# Relative paths, as `build seeds` names the documents (run_dyad runs in the source tree).
set(S seeds)
run_dyad(all build seeds -o ${WORK}/all.json -o ${WORK}/all.gexf --quiet)
run_dyad(p1 build ${S}/000-china-peru-military-delegation.md ${S}/001-us-pressure-peru-scraped.txt
         ${S}/002-chile-peru-military-cooperation.md -o ${WORK}/p012.json --quiet)
run_dyad(p2 build ${S}/003-cpc-delegation-visits-peru.md ${S}/004-peru-usa-securite.md -o ${WORK}/p34.json --quiet)
run_dyad(p3 build ${S}/000-china-peru-military-delegation.md -o ${WORK}/p0.json --quiet)
run_dyad(p4 build ${S}/001-us-pressure-peru-scraped.txt ${S}/002-chile-peru-military-cooperation.md
         ${S}/003-cpc-delegation-visits-peru.md -o ${WORK}/p123.json --quiet)
run_dyad(p5 build ${S}/004-peru-usa-securite.md -o ${WORK}/p4.json --quiet)
expect_equal("build exit codes" "000000" "${all_CODE}${p1_CODE}${p2_CODE}${p3_CODE}${p4_CODE}${p5_CODE}")

# Two parts, either order; three parts in one step and in two steps of
# either grouping; overlapping parts (an article in two of them counts once).
run_dyad(m1 merge ${WORK}/p012.json ${WORK}/p34.json -o ${WORK}/m1.json --quiet)
run_dyad(m2 merge ${WORK}/p34.json ${WORK}/p012.json -o ${WORK}/m2.json -o ${WORK}/m2.gexf --quiet)
run_dyad(m3 merge ${WORK}/p4.json ${WORK}/p0.json ${WORK}/p123.json -o ${WORK}/m3.json --quiet)
run_dyad(m4a merge ${WORK}/p0.json ${WORK}/p123.json -o ${WORK}/m4a.json --quiet)
run_dyad(m4 merge ${WORK}/m4a.json ${WORK}/p4.json -o ${WORK}/m4.json --quiet)
run_dyad(m5a merge ${WORK}/p123.json ${WORK}/p4.json -o ${WORK}/m5a.json --quiet)
run_dyad(m5 merge ${WORK}/p0.json ${WORK}/m5a.json -o ${WORK}/m5.json --quiet)
run_dyad(m6 merge ${WORK}/p012.json ${WORK}/p123.json ${WORK}/p34.json ${WORK}/all.json -o ${WORK}/m6.json --quiet)
expect_equal("merge exit codes" "00000000"
             "${m1_CODE}${m2_CODE}${m3_CODE}${m4a_CODE}${m4_CODE}${m5a_CODE}${m5_CODE}${m6_CODE}")
foreach(m m1 m2 m3 m4 m5 m6)
  expect_same_file(${WORK}/all.json ${WORK}/${m}.json)
endforeach()
expect_same_file(${WORK}/all.gexf ${WORK}/m2.gexf)
