# Every kind of GEXF dyad writes (dynamic, static, country level, a diff's
# union graph) validates against both GEXF 1.3 schemas, the XSD and the
# RELAX NG (skipped when the shared schemas or xmllint are absent).
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
find_program(XMLLINT xmllint)
if(NOT XMLLINT OR NOT EXISTS ${SCHEMAS}/gexf-1.3/gexf.xsd)
  message(STATUS "skipped: xmllint or ${SCHEMAS} not available")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
run_dyad(a build seeds/000-china-peru-military-delegation.md seeds/001-us-pressure-peru-scraped.txt
         seeds/002-chile-peru-military-cooperation.md -o ${WORK}/three.json --quiet)
run_dyad(b build seeds -o ${WORK}/seeds.json -o ${WORK}/dynamic.gexf --quiet)
run_dyad(c export ${WORK}/seeds.json -o ${WORK}/static.gexf --gexf-mode static --quiet)
run_dyad(d export ${WORK}/seeds.json -o ${WORK}/country.gexf --level country --evidence none --quiet)
run_dyad(e diff ${WORK}/three.json ${WORK}/seeds.json -o ${WORK}/diff.gexf --quiet)
run_dyad(f export ${WORK}/seeds.json -o ${WORK}/empty.gexf --since 3000 --quiet)
expect_equal("exit codes" "000000" "${a_CODE}${b_CODE}${c_CODE}${d_CODE}${e_CODE}${f_CODE}")
foreach(name dynamic static country diff empty)
  xmllint_valid(${WORK}/${name}.gexf --schema ${SCHEMAS}/gexf-1.3/gexf.xsd)
  xmllint_valid(${WORK}/${name}.gexf --relaxng ${SCHEMAS}/gexf-1.3/relaxng/gexf.rng)
endforeach()
