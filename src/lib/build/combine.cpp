// The shards of one graph (`merge --shard K/N`, every K of one N) made into
// its graph.json. Shards are disjoint (every node, edge, meeting and
// statement is in exactly one) and every shard holds every document, so
// nothing is merged: each list's records are interleaved by id, their text
// copied as the shard wrote it (a record's text does not depend on the graph
// around it), and the documents taken from one shard. The files are read
// line by line, at the same time: memory holds a record per shard and the
// node ids, never the graph.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <queue>
#include <unordered_set>

#include "base/text.hpp"
#include "export/files.hpp"
#include "export/json_writer.hpp"
#include "newsgraph/build.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/read.hpp"

namespace newsgraph {
namespace {

using nlohmann::json;

// One record of a list, as the shard wrote it: from its "{" to its "}".
struct Record {
  std::string text;
  std::string id;
  std::string source, target;  // an edge's ends
};

// The first members of a graph file, up to its first list.
struct Head {
  std::optional<Shard> shard;
  std::string generator;
};

// The members a record is sorted and checked by, each on a line of its own
// (three spaces deep: the record's own members, not those of its attributes).
constexpr std::pair<std::string_view, std::string Record::*> kRecordMembers[] = {
    {"   \"id\": ", &Record::id}, {"   \"source\": ", &Record::source}, {"   \"target\": ", &Record::target}};

// A record's member line: the string value after `prefix` (before an optional comma).
void take_member(std::string_view line, Record& record) {
  for (const auto& [prefix, field] : kRecordMembers) {
    if (!line.starts_with(prefix)) continue;
    std::string_view value = line.substr(prefix.size());
    if (!value.empty() && value.back() == ',') value.remove_suffix(1);
    const json parsed = json::parse(value.begin(), value.end(), nullptr, false);
    if (parsed.is_string()) record.*field = parsed.get<std::string>();
    return;
  }
}

// The shard of a head: "shard": {"k": K, "n": N}.
Shard head_shard(const std::string& path, const json& shard) {
  const auto number = [&](const char* key) {
    const auto it = shard.find(key);
    if (it == shard.end() || !it->is_number_unsigned()) throw Error(path, "\"shard\" is not {\"k\": K, \"n\": N}");
    return std::to_string(it->get<std::uint64_t>());
  };
  if (!shard.is_object()) throw Error(path, "\"shard\" is not {\"k\": K, \"n\": N}");
  try {
    return parse_shard(number("k") + "/" + number("n"));
  } catch (const Error& e) {
    throw Error(path, std::string("\"shard\": ") + e.what());
  }
}

// The head read from its lines (`{`, the members, up to the first list's line).
Head parse_head(const std::string& path, const std::string& members) {
  std::string text = members;
  while (!text.empty() && (text.back() == ',' || text.back() == '\n')) text.pop_back();
  const json head = json::parse("{" + text + "}", nullptr, false);
  const auto is = [&](const char* key, const json& value) { return head.is_object() && head.contains(key) && head[key] == value; };
  if (!is("format", "newsgraph") || !is("version", 1)) {
    throw Error(path, "not a graph.json of newsgraph (format \"newsgraph\", version 1)");
  }
  Head out;
  const auto generator = head.find("generator");
  if (generator != head.end() && generator->is_string()) out.generator = generator->get<std::string>();
  const auto shard = head.find("shard");
  if (shard != head.end()) out.shard = head_shard(path, *shard);
  return out;
}

// A graph.json as `merge --shard` writes it (export/json.cpp, pretty), read
// a line at a time: a list's record starts with a line "  {" and ends with
// "  }" (deeper lines are indented further; strings hold no line break).
class ShardFile {
 public:
  explicit ShardFile(std::string path) : path_(std::move(path)), in_(path_, std::ios::binary) {
    if (!in_) throw Error(path_, "cannot open file for reading");
  }

  const std::string& path() const { return path_; }

  // The members before the first list; false when the file does not begin as a pretty graph.json.
  bool read_head(Head& head) {
    std::string line, members;
    // Read no further than two bytes into a file of another kind (a line of fragments may be long).
    if (in_.get() != '{' || in_.get() != '\n') return false;
    while (next_line(line)) {
      if (line.starts_with(" \"documents\": ")) {
        pending_ = std::move(line);
        head = parse_head(path_, members);
        return true;
      }
      members += line + "\n";
      if (members.size() > 4096) return false;
    }
    return false;
  }

  // The line that opens list `name`; false when the list is empty.
  bool open_list(std::string_view name) {
    std::string line;
    const std::string opening = " \"" + std::string(name) + "\": [";
    if (!next_line(line) || !line.starts_with(opening)) fail("no list \"" + std::string(name) + "\" where expected");
    const std::string_view rest = std::string_view(line).substr(opening.size());
    if (rest == "]" || rest == "],") return false;
    if (!rest.empty()) fail("list \"" + std::string(name) + "\" is not written as `merge --shard` writes it");
    return true;
  }

  // The next record of the open list; false at its end.
  bool next_record(Record& record) {
    std::string line;
    if (!next_line(line)) fail("ends inside a list");
    if (line == " ]" || line == " ],") return false;
    if (line != "  {") fail("a record does not begin where expected");
    record.text = "{";
    record.id.clear();
    record.source.clear();
    record.target.clear();
    while (true) {
      if (!next_line(line)) fail("ends inside a record");
      const bool last = line == "  }" || line == "  },";
      record.text += "\n";
      record.text.append(line, 0, last ? 3 : line.size());
      if (last) break;
      take_member(line, record);
    }
    if (record.id.empty()) fail("a record without an id");
    return true;
  }

  void expect_end() {
    std::string line;
    if (!next_line(line) || line != "}") fail("does not end where the last list ends");
  }

  [[noreturn]] void fail(const std::string& problem) const {
    throw Error(path_, problem + " (not a shard as `newsgraph merge --shard` writes it, or cut short)");
  }

 private:
  bool next_line(std::string& line) {
    if (!pending_.empty()) {
      line = std::move(pending_);
      pending_.clear();
      return true;
    }
    return static_cast<bool>(std::getline(in_, line));
  }

  std::string path_;
  std::ifstream in_;
  std::string pending_;
};

struct OpenShard {
  std::unique_ptr<ShardFile> file;
  Shard shard;
};

// Every file's head read; every shard of one N there exactly once.
std::vector<OpenShard> open_shards(const std::vector<std::string>& paths) {
  std::vector<OpenShard> shards;
  std::map<std::uint64_t, std::string> seen;  // k -> path
  for (const std::string& path : paths) {
    auto file = std::make_unique<ShardFile>(path);
    Head head;
    if (!file->read_head(head) || !head.shard) file->fail("no \"shard\" in its head");
    const std::string ours = std::string("newsgraph ") + kVersion;
    if (head.generator != ours) {
      throw Error(path, "written by " + head.generator + ", not by this " + ours + ": write the shards again with one version");
    }
    const Shard shard = *head.shard;
    if (!shards.empty() && shard.count != shards.front().shard.count) {
      throw Error(path, "shard " + to_string(shard) + ", but " + shards.front().file->path() + " is shard " +
                            to_string(shards.front().shard) + ": shards of different counts are not one graph");
    }
    const auto [it, added] = seen.emplace(shard.index, path);
    if (!added) throw Error(path, "shard " + to_string(shard) + " again (also " + it->second + "): give each shard once");
    shards.push_back({std::move(file), shard});
  }
  return shards;
}

void check_complete(const std::vector<OpenShard>& shards) {
  const std::uint64_t count = shards.front().shard.count;
  if (shards.size() == count) return;
  std::vector<bool> present(count);
  for (const OpenShard& s : shards) present[s.shard.index] = true;
  std::string missing;
  std::size_t listed = 0;
  for (std::uint64_t k = 0; k < count && listed < 10; ++k) {
    if (!present[k]) missing += std::string(listed++ == 0 ? "" : ", ") + to_string(Shard{k, count});
  }
  if (count - shards.size() > listed) missing += ", and " + std::to_string(count - shards.size() - listed) + " more";
  throw Error("", std::to_string(shards.size()) + " of " + std::to_string(count) + " shards given; missing: " + missing +
                      " (every shard K/" + std::to_string(count) + " of the graph is needed, K from 0)");
}

// graph.json's text, written through a JsonWriter (the same framing as
// export/json.cpp) into the output file about a megabyte at a time; a
// large record (a node named in thousands of articles) goes straight out.
class CombinedWriter {
 public:
  explicit CombinedWriter(AtomicFile& file) : file_(file), w_(true) { detail::write_head(w_); }

  void open_list(int list) {
    w_.key(detail::kGraphLists[list]);
    w_.begin('[');
  }
  void record(const std::string& text) {
    w_.item();
    if (text.size() >= kBlock / 16) {
      flush();
      file_.write(text);
      return;
    }
    w_.raw(text);
    pending_ += text.size();
    if (pending_ >= kBlock) flush();
  }
  void close_list() { w_.end(']'); }
  void finish() {
    w_.end('}');
    w_.raw("\n");
    flush();
  }

 private:
  void flush() {
    file_.write(w_.take());
    pending_ = 0;
  }
  static constexpr std::size_t kBlock = 1 << 20;
  AtomicFile& file_;
  detail::JsonWriter w_;
  std::size_t pending_ = 0;  // bytes of records in w_
};

// The documents: every shard holds all of them, written the same; the first
// shard's are kept, the others' only compared with them (by a hash).
std::size_t combine_documents(std::vector<OpenShard>& shards, CombinedWriter& out) {
  std::uint64_t first_hash = 0;
  std::size_t first_count = 0;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    ShardFile& file = *shards[i].file;
    std::uint64_t hash = text::fnv1a_64("");
    std::size_t count = 0;
    Record record;
    if (file.open_list(detail::kGraphLists[0])) {
      while (file.next_record(record)) {
        hash = hash * 31 + text::fnv1a_64(record.text);
        ++count;
        if (i == 0) out.record(record.text);
      }
    }
    if (i == 0) {
      first_hash = hash;
      first_count = count;
    } else if (hash != first_hash || count != first_count) {
      throw Error(file.path(), "holds other documents than " + shards.front().file->path() + " (" + std::to_string(count) +
                                   " and " + std::to_string(first_count) + "): the shards were not merged from the same inputs");
    }
  }
  return first_count;
}

// One list of every shard, its records interleaved by id (each shard's are
// sorted). `keep` may leave a record out; returns how many were written.
template <class Keep>
std::size_t combine_list(std::vector<OpenShard>& shards, int list, CombinedWriter& out, Keep keep) {
  std::vector<Record> current(shards.size());
  using Entry = std::pair<std::string, std::size_t>;  // id, shard
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> next;
  const auto advance = [&](std::size_t i) {
    std::string previous = std::move(current[i].id);
    if (!shards[i].file->next_record(current[i])) return;
    const std::string& id = current[i].id;
    if (!previous.empty() && !(previous < id)) shards[i].file->fail("records not sorted by id");
    if (!shards[i].shard.holds(id)) shards[i].file->fail("holds \"" + id + "\", a record of another shard");
    next.emplace(id, i);
  };
  for (std::size_t i = 0; i < shards.size(); ++i) {
    if (shards[i].file->open_list(detail::kGraphLists[list])) advance(i);
  }
  std::size_t written = 0;
  while (!next.empty()) {
    const std::size_t i = next.top().second;
    next.pop();
    if (keep(current[i])) {
      out.record(current[i].text);
      ++written;
    }
    advance(i);
  }
  return written;
}

}  // namespace

std::optional<Shard> shard_of_file(const std::string& path) {
  if (path == "-") return std::nullopt;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  try {
    ShardFile file(path);
    Head head;
    if (file.read_head(head)) return head.shard;
  } catch (const Error&) {
    // Not a graph.json that can be read: no shard; the merge reports what it is.
  }
  return std::nullopt;
}

std::vector<std::string> shard_inputs(const std::vector<std::string>& inputs, bool follow_links) {
  std::vector<Error> problems;
  const std::vector<std::string> files = collect_inputs(inputs, problems, follow_links);
  std::vector<std::string> shards;
  std::string other;  // an input that is no shard
  for (const std::string& path : files) {
    if (shard_of_file(path)) {
      shards.push_back(path);
    } else if (other.empty()) {
      other = path;
    }
  }
  if (shards.empty()) return {};
  if (!problems.empty()) throw problems.front();
  if (!other.empty()) {
    throw Error(other, "no shard, but " + shards.front() + " is one: combine the shards of a graph alone (`newsgraph merge " +
                           "SHARDS --out DIR`), then merge DIR/graph.json with the rest");
  }
  return shards;
}

CombineResult combine_shards(const std::vector<std::string>& files, const std::string& out_dir) {
  if (files.empty()) throw Error("", "no shard to combine");
  std::vector<OpenShard> shards = open_shards(files);
  check_complete(shards);
  // In order of K: which file comes first does not matter, but the documents are taken from shard 0.
  std::sort(shards.begin(), shards.end(), [](const OpenShard& a, const OpenShard& b) { return a.shard.index < b.shard.index; });
  AtomicFile file((std::filesystem::path(out_dir) / "graph.json").string());
  CombinedWriter out(file);
  CombineResult result;
  result.shards = shards.size();
  const auto all = [](const Record&) { return true; };
  const auto write_list = [&](int list, auto keep) {
    out.open_list(list);
    const std::size_t count = list == 0 ? combine_documents(shards, out) : combine_list(shards, list, out, keep);
    out.close_list();
    return count;
  };
  std::unordered_set<std::string> node_ids;
  result.documents = write_list(0, all);
  result.nodes = write_list(1, [&](const Record& r) { return node_ids.insert(r.id).second; });
  // An edge whose end is gone (a withdrawn version's node) is left out, as a merge leaves it out.
  result.edges = write_list(2, [&](const Record& r) { return node_ids.contains(r.source) && node_ids.contains(r.target); });
  result.meetings = write_list(3, all);
  result.statements = write_list(4, all);
  for (OpenShard& s : shards) s.file->expect_end();
  out.finish();
  file.commit();
  return result;
}

}  // namespace newsgraph
