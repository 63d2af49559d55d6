#include "extract/hash.h"

#include <algorithm>
#include <cstdio>

namespace dyad::extract {

std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

namespace {

std::string Hex16(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string Fnv1a64Hex(std::string_view bytes) { return Hex16(Fnv1a64(bytes)); }

void Fnv1a64HexEach(const std::string_view* texts, std::size_t n, std::string* out) {
  constexpr int kLanes = 4;
  struct Lane {
    std::size_t text = SIZE_MAX;  // index into texts; SIZE_MAX when idle
    std::size_t pos = 0;
    std::uint64_t h = kFnvBasis;
  };
  auto finish = [&](const Lane& lane) { out[lane.text] = Hex16(lane.h); };
  std::size_t next = 0;
  // Gives the lane the next text that is not empty (empty ones are finished
  // on the way); idle when none is left.
  auto take = [&](Lane* lane) {
    for (*lane = Lane{}; next < n; *lane = Lane{}) {
      lane->text = next++;
      if (!texts[lane->text].empty()) return;
      finish(*lane);
    }
  };
  Lane lanes[kLanes];
  for (Lane& lane : lanes) take(&lane);
  // The four lanes run in step for as many bytes as the shortest has left;
  // a lane whose text is done takes the next.
  auto all_busy = [&] {
    return std::all_of(lanes, lanes + kLanes, [](const Lane& lane) { return lane.text != SIZE_MAX; });
  };
  while (all_busy()) {
    std::size_t step = SIZE_MAX;
    for (const Lane& lane : lanes) step = std::min(step, texts[lane.text].size() - lane.pos);
    const auto* p0 = reinterpret_cast<const unsigned char*>(texts[lanes[0].text].data() + lanes[0].pos);
    const auto* p1 = reinterpret_cast<const unsigned char*>(texts[lanes[1].text].data() + lanes[1].pos);
    const auto* p2 = reinterpret_cast<const unsigned char*>(texts[lanes[2].text].data() + lanes[2].pos);
    const auto* p3 = reinterpret_cast<const unsigned char*>(texts[lanes[3].text].data() + lanes[3].pos);
    std::uint64_t h0 = lanes[0].h, h1 = lanes[1].h, h2 = lanes[2].h, h3 = lanes[3].h;
    for (std::size_t i = 0; i < step; ++i) {
      h0 = (h0 ^ p0[i]) * kFnvPrime;
      h1 = (h1 ^ p1[i]) * kFnvPrime;
      h2 = (h2 ^ p2[i]) * kFnvPrime;
      h3 = (h3 ^ p3[i]) * kFnvPrime;
    }
    lanes[0].h = h0, lanes[1].h = h1, lanes[2].h = h2, lanes[3].h = h3;
    for (Lane& lane : lanes) {
      lane.pos += step;
      if (lane.pos < texts[lane.text].size()) continue;
      finish(lane);
      take(&lane);
    }
  }
  // The last few texts, one at a time.
  for (Lane& lane : lanes) {
    if (lane.text == SIZE_MAX) continue;
    lane.h = Fnv1a64(texts[lane.text].substr(lane.pos), lane.h);
    finish(lane);
  }
}

}  // namespace dyad::extract
