#pragma once
// SharedText: an immutable string held once and shared by every copy. The
// evidence records of an article repeat its title and URL, and those of a
// cue its rule location; sharing them instead of copying them into each
// record takes a third of a build's memory and allocations away. A handle
// is one pointer (a graph holds millions of records, each with several).
#include <atomic>
#include <cstring>
#include <ostream>
#include <string>
#include <utility>

namespace dyad::extract {

class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT: implicit, as for std::string
      : block_(text.empty() ? nullptr : new Block(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT
  SharedText(const SharedText& other) noexcept : block_(other.block_) {
    if (block_ != nullptr) block_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedText(SharedText&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  SharedText& operator=(SharedText other) noexcept {
    std::swap(block_, other.block_);
    return *this;
  }
  ~SharedText() {
    if (block_ != nullptr && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block_;
  }

  const std::string& str() const { return block_ != nullptr ? block_->text : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return block_ == nullptr; }
  // Which copy this is: equal for handles that share one text (and for all
  // empty ones), and not reused for another text while any handle lives.
  const void* identity() const { return block_; }
  std::size_t size() const { return str().size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.block_ == b.block_ || a.str() == b.str();
  }
  friend bool operator!=(const SharedText& a, const SharedText& b) { return !(a == b); }
  friend bool operator<(const SharedText& a, const SharedText& b) { return a.block_ != b.block_ && a.str() < b.str(); }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
  friend std::string operator+(const SharedText& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const SharedText& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, const SharedText& b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t) { return out << t.str(); }

 private:
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  struct Block {
    explicit Block(std::string t) : text(std::move(t)) {}
    std::atomic<long> refs{1};
    const std::string text;
  };
  Block* block_ = nullptr;  // null for ""
};

}  // namespace dyad::extract
