// The one reader of JSON Lines files (articles for build and extract,
// fragments for merge): lines in bounded memory, whatever the file holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace newsgraph {

/// Reads a stream line by line. "\n", "\r\n" and a lone "\r" each end a
/// line. A UTF-8 byte-order mark at the start is dropped; UTF-16 and UTF-32
/// with a byte-order mark are decoded to UTF-8 as the bytes come (ICU), so a
/// JSON Lines file saved by a Windows editor reads like any other. A line
/// longer than `max_line_bytes` is not kept: next() reports it as too long
/// (with its length) and memory stays at the cap, however long it is.
class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// The next line, without its line break (blank lines included); false at
  /// the end of the input. When too_long() is true afterwards, `line` is
  /// empty and length() says how long the line was.
  bool next(std::string& line);
  /// 1-based number of the line next() gave last.
  std::size_t line_number() const { return line_number_; }
  bool too_long() const { return too_long_; }
  /// Bytes of the last line (decoded), also when it was too long to keep.
  std::uint64_t length() const { return length_; }
  /// Bytes taken from the stream so far (before decoding; for progress).
  std::uint64_t bytes_consumed() const { return consumed_; }
  /// A read error (not the end of the input) stopped the reading.
  bool failed() const { return failed_; }
  /// Everything after the last line given, unbounded (a whole graph.json).
  std::string rest();

 private:
  bool fill();  // more decoded bytes into buffer_; false at the end
  void decode(const char* data, std::size_t size, bool flush);

  struct Decoder;
  std::istream& in_;
  std::size_t max_line_bytes_;
  std::unique_ptr<Decoder> decoder_;  // set for UTF-16/32
  std::string buffer_;
  std::size_t pos_ = 0;
  bool started_ = false, ended_ = false, failed_ = false;
  bool skip_lf_ = false;  // the last line ended with "\r": a "\n" right after belongs to it
  bool too_long_ = false;
  std::size_t line_number_ = 0;
  std::uint64_t length_ = 0;
  std::uint64_t consumed_ = 0;
};

}  // namespace newsgraph
