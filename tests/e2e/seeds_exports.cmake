# The pinned seeds graph (tests/golden/seeds.json) exported to every format:
# each file is pinned by a golden file, and real readers (NetworkX for GraphML
# and node-link JSON, ElementTree, json and csv for the rest) must find the
# same nodes, edges and weights in each. Goldens follow seeds.json: when it
# changes, rerun with DYAD_REGENERATE_GOLDEN=1 and commit both.
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
run_dyad(r export ${GOLDEN}/seeds.json -o ${WORK}/seeds.json -o ${WORK}/seeds.graphml -o ${WORK}/seeds.gexf
         -o ${WORK}/seeds.cyjs -o ${WORK}/seeds.csv -o ${WORK}/seeds.graphology.json --quiet)
expect_equal("exit code" "0" "${r_CODE}")
expect_equal("stderr" "" "${r_ERR}")
expect_same_file(${GOLDEN}/seeds.json ${WORK}/seeds.json)
expect_golden(${GOLDEN}/seeds.gexf ${WORK}/seeds.gexf)
expect_golden(${GOLDEN}/seeds.cyjs ${WORK}/seeds.cyjs)
expect_golden(${GOLDEN}/seeds.graphology.json ${WORK}/seeds.graphology.json)
expect_golden(${GOLDEN}/seeds.nodes.csv ${WORK}/seeds.nodes.csv)
expect_golden(${GOLDEN}/seeds.edges.csv ${WORK}/seeds.edges.csv)

run_dyad(c export ${GOLDEN}/seeds.json --level country --gexf-mode static --evidence 1 -o ${WORK}/country.json
         -o ${WORK}/country.graphml -o ${WORK}/country.gexf -o ${WORK}/country.cyjs -o ${WORK}/country.csv --quiet)
expect_equal("exit code (country level)" "0" "${c_CODE}")
expect_golden(${GOLDEN}/seeds-country.gexf ${WORK}/country.gexf)

execute_process(COMMAND /usr/bin/python3 -c "import networkx" RESULT_VARIABLE no_networkx OUTPUT_QUIET ERROR_QUIET)
if(no_networkx)
  message(STATUS "readers skipped: /usr/bin/python3 with networkx is not available")
  return()
endif()
foreach(name seeds country)
  execute_process(COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_exports.py ${WORK}/${name}.json
                          ${WORK}/${name}.graphml ${WORK}/${name}.gexf ${WORK}/${name}.cyjs
                          ${WORK}/${name}.nodes.csv ${WORK}/${name}.edges.csv
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${name}:\n${out}${err}")
  expect_equal("readers of the ${name} exports" "0" "${code}")
endforeach()
