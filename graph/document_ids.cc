#include "graph/document_ids.h"

namespace dyad::graph {

std::string QualifiedDocumentId(const std::string& id, const std::string& content_hash) {
  return id + "@" + content_hash;
}

std::string BaseDocumentId(const std::string& id, const std::string& content_hash) {
  const std::string suffix = "@" + content_hash;
  if (content_hash.empty() || id.size() <= suffix.size() ||
      id.compare(id.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return id;
  }
  return id.substr(0, id.size() - suffix.size());
}

}  // namespace dyad::graph
