#include "read/lines.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace newsgraph {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The charset a byte-order mark names, or nullptr for none (UTF-8 BOM included).
const char* bom_charset(std::string_view head) {
  if (starts_with(head, std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (starts_with(head, std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (starts_with(head, "\xFF\xFE")) return "UTF-16LE";
  if (starts_with(head, "\xFE\xFF")) return "UTF-16BE";
  return nullptr;
}

}  // namespace

// ICU converts in pieces: a character split between two chunks is held in
// the converters and the pivot buffer until the next one.
struct LineReader::Decoder {
  UConverter* from = nullptr;
  UConverter* to = nullptr;
  std::array<UChar, 4096> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool reset = true;

  explicit Decoder(const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    from = ucnv_open(charset, &status);
    to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) close();
  }
  ~Decoder() { close(); }
  void close() {
    if (from != nullptr) ucnv_close(from);
    if (to != nullptr) ucnv_close(to);
    from = to = nullptr;
  }
};

LineReader::LineReader(std::istream& in, std::size_t max_line_bytes) : in_(in), max_line_bytes_(max_line_bytes) {}

LineReader::~LineReader() = default;

void LineReader::decode(const char* data, std::size_t size, bool flush) {
  if (!decoder_) {
    buffer_.append(data, size);
    return;
  }
  Decoder& d = *decoder_;
  const char* source = data;
  const char* const source_end = data + size;
  while (true) {
    const std::size_t old = buffer_.size();
    buffer_.resize(old + size * 2 + 64);
    char* target = buffer_.data() + old;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_convertEx(d.to, d.from, &target, buffer_.data() + buffer_.size(), &source, source_end, d.pivot.data(),
                   &d.pivot_source, &d.pivot_target, d.pivot.data() + d.pivot.size(), d.reset, flush, &status);
    d.reset = false;
    buffer_.resize(static_cast<std::size_t>(target - buffer_.data()));
    if (status != U_BUFFER_OVERFLOW_ERROR) break;  // bad sequences become U+FFFD (ICU's default)
  }
}

bool LineReader::fill() {
  if (ended_) return false;
  // Drop what has been handed out, so the buffer holds at most a chunk or a line.
  buffer_.erase(0, pos_);
  pos_ = 0;
  std::array<char, kChunk> chunk;
  in_.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  auto got = static_cast<std::size_t>(in_.gcount());
  consumed_ += got;
  std::string_view bytes(chunk.data(), got);
  if (!started_) {
    started_ = true;
    // A byte-order mark needs up to four bytes; a tiny first read may hold fewer.
    std::string head(bytes);
    while (head.size() < 4 && in_) {
      const int c = in_.get();
      if (c == std::char_traits<char>::eof()) break;
      head += static_cast<char>(c);
      ++consumed_;
    }
    std::size_t skip = starts_with(head, "\xEF\xBB\xBF") ? 3 : 0;
    if (const char* charset = bom_charset(head)) {
      decoder_ = std::make_unique<Decoder>(charset);
      if (decoder_->from == nullptr) decoder_.reset();  // cannot happen with ICU's data; then read as bytes
      skip = !decoder_ ? 0 : charset[4] == '3' ? 4 : 2;  // UTF-32 has a four-byte mark
    }
    decode(head.data() + skip, head.size() - skip, false);
  } else {
    decode(bytes.data(), bytes.size(), false);
  }
  if (got < chunk.size() && !in_) {
    failed_ = in_.bad();
    ended_ = true;
    static const char none = 0;  // ICU wants real pointers, also for no input
    if (decoder_) decode(&none, 0, true);
  }
  return true;
}

namespace {

// The first LF or CR in [start, end), or `end`. A line of JSON Lines runs to
// kilobytes with neither: memchr looks for each a vector at a time.
const char* line_break(const char* start, const char* end) {
  const void* lf = std::memchr(start, '\n', static_cast<std::size_t>(end - start));
  const char* limit = lf == nullptr ? end : static_cast<const char*>(lf);
  const void* cr = std::memchr(start, '\r', static_cast<std::size_t>(limit - start));
  return cr == nullptr ? limit : static_cast<const char*>(cr);
}

}  // namespace

bool LineReader::next(std::string& line) {
  line.clear();
  too_long_ = false;
  length_ = 0;
  bool any = false;
  while (true) {
    if (pos_ >= buffer_.size() && !fill()) {
      if (!any) return false;
      break;
    }
    if (pos_ >= buffer_.size()) continue;
    if (skip_lf_) {
      skip_lf_ = false;
      if (buffer_[pos_] == '\n') {
        ++pos_;
        continue;
      }
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const char* end = buffer_.data() + buffer_.size();
    const char* stop = line_break(start, end);
    const auto piece = static_cast<std::size_t>(stop - start);
    length_ += piece;
    if (!too_long_ && length_ > max_line_bytes_) {
      too_long_ = true;
      line.clear();
      line.shrink_to_fit();
    }
    if (!too_long_) line.append(start, piece);
    pos_ += piece;
    if (stop < end) {
      skip_lf_ = *stop == '\r';
      ++pos_;
      break;
    }
  }
  ++line_number_;
  return true;
}

std::string LineReader::rest() {
  std::string out;
  if (skip_lf_ && pos_ < buffer_.size() && buffer_[pos_] == '\n') ++pos_;
  skip_lf_ = false;
  while (true) {
    out.append(buffer_, pos_, std::string::npos);
    pos_ = buffer_.size();
    if (!fill()) break;
  }
  return out;
}

}  // namespace newsgraph
