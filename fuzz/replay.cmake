# Each fuzz target's corpus (seeds and regression inputs) replayed as a CTest
# test, with an ordinary main() instead of libFuzzer, so that any compiler
# builds it and every input found by fuzzing stays tested. Included from
# tests/CMakeLists.txt.
include(${PROJECT_SOURCE_DIR}/fuzz/targets.cmake)
foreach(name ${DYAD_FUZZ_TARGETS})
  add_executable(dyad_replay_${name} ${PROJECT_SOURCE_DIR}/fuzz/fuzz_${name}.cc ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cc)
  dyad_target_defaults(dyad_replay_${name})
  target_link_libraries(dyad_replay_${name} PRIVATE dyad_cli)
  add_test(NAME fuzz.replay.${name} COMMAND dyad_replay_${name} ${PROJECT_SOURCE_DIR}/fuzz/corpus/${name})
endforeach()
