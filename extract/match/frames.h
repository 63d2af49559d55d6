#pragma once
// A verb of intent, threat or refusal governing an event: "will visit",
// "threatened to impose sanctions", "refused to meet". CAMEO codes such an
// event as a kind of its own (an intent to meet, 036; a threat of sanctions,
// 1312; a refusal to negotiate, 125): the codebook's roots 03, 13 and 12
// mirror the cooperative and conflictual roots code by code, and this is that
// correspondence. A halt ("suspended talks with", "froze aid to") stops an act
// of cooperation: root 16, reducing relations, by the kind of act stopped.
// An aspect verb ("continued to send") leaves the code as it is.
#include <string>
#include <string_view>

namespace dyad::extract {

enum class Frame { kIntent, kThreat, kRefusal, kAspect, kHalt };

const char* FrameName(Frame frame);

// The code an event coded `cameo` takes under the frame; "" where the
// codebook has none ("will criticize" is no intent to cooperate, "refused to
// condemn" no refusal of anything CAMEO names).
std::string FramedCode(Frame frame, std::string_view cameo);

// Whether an act of this code done by a list of actors with no object is one
// they do with each other: "Israel and Lebanon renewed negotiations", "the
// United States and Jordan have agreed" (meeting, negotiating, agreeing and
// cooperating), not "Peru and Chile praised" nor "sent aid".
bool IsReciprocalCode(std::string_view cameo);

}  // namespace dyad::extract
