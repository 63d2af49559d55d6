#include "extract/evidence.h"

namespace dyad::extract {

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kHedged: return "hedged";
    case Modality::kDenied: return "denied";
  }
  return "asserted";
}

bool ParseModality(const std::string& name, Modality* out) {
  for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kHedged, Modality::kDenied}) {
    if (name == ModalityName(m)) {
      *out = m;
      return true;
    }
  }
  return false;
}

}  // namespace dyad::extract
