#include "language/relate/rules.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/embedded_data.hpp"
#include "language/resolve.hpp"
#include "base/text.hpp"

namespace newsgraph::rules {
namespace {

// Roles from the third column of data/triggers.tsv, keyed "phrase\tclass".
// The Lexicon reads the first two columns; the roles matter only here.
const StringMap<Role>& role_table() {
  static const StringMap<Role> table = [] {
    static const std::unordered_map<std::string, Role> names = {
        {"noun", Role::noun},       {"verb", Role::verb},     {"plain", Role::plain},     {"host", Role::host},     {"visit", Role::visit},
        {"formal_visit", Role::formal_visit},                 {"callon", Role::callon}, {"event", Role::event},
        {"mode", Role::mode},       {"mod", Role::mod},       {"aux", Role::aux},       {"time", Role::time},
        {"cancel", Role::cancel},   {"defer", Role::defer},   {"source", Role::source}, {"report", Role::report}};
    StringMap<Role> out;
    const std::string_view content = embedded_file("triggers.tsv");
    std::size_t start = 0;
    while (start < content.size()) {
      std::size_t end = content.find('\n', start);
      if (end == std::string_view::npos) end = content.size();
      std::string_view line = content.substr(start, end - start);
      start = end + 1;
      if (line.empty() || line.front() == '#') continue;
      const std::size_t tab1 = line.find('\t');
      if (tab1 == std::string_view::npos) continue;
      const std::size_t tab2 = line.find('\t', tab1 + 1);
      if (tab2 == std::string_view::npos) continue;
      std::string_view role = line.substr(tab2 + 1);
      while (!role.empty() && (role.back() == '\r' || role.back() == ' ')) role.remove_suffix(1);
      const auto it = names.find(std::string(role));
      if (it != names.end()) out[std::string(line.substr(0, tab2))] = it->second;
    }
    return out;
  }();
  return table;
}

Role default_role(TriggerClass cls) {
  switch (cls) {
    case TriggerClass::meet:
    case TriggerClass::call: return Role::noun;
    case TriggerClass::plan: return Role::mod;
    case TriggerClass::cancel: return Role::cancel;
    case TriggerClass::say: return Role::verb;
    default: return Role::none;
  }
}

}  // namespace

void add_relation(Document& doc, std::string type, const std::string& source, const std::string& target, Span evidence,
                  std::map<std::string, std::string> attributes) {
  for (Relation& r : doc.relations) {
    if (r.type == type && r.source == source && r.target == target && r.attributes == attributes) {
      if (std::find(r.evidence.begin(), r.evidence.end(), evidence) == r.evidence.end()) r.evidence.push_back(evidence);
      return;
    }
  }
  doc.relations.push_back({std::move(type), source, target, std::move(attributes), {evidence}});
}

Analysis::Analysis(const RelateContext& c) : ctx(c), doc(c.doc) {
  for (std::size_t e = 0; e < doc.entities.size(); ++e) by_id_.emplace(doc.entities[e].id, static_cast<int>(e));
  const auto& roles = role_table();
  hits.resize(doc.sentences.size());
  std::vector<int> found;
  std::string role_key;  // "phrase\tclass", reused
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
      const std::uint32_t n = ctx.lexicon.triggers().longest_match(ctx.keys.lower_id, i, found);
      if (n == 0 || i + n > sentence.end_token || found.empty()) {
        ++i;
        continue;
      }
      Hit hit;
      hit.token = i;
      hit.end = i + n;
      hit.cls = ctx.lexicon.trigger_class(found.front());
      const LexEntry& entry = ctx.lexicon.entry(found.front());
      role_key.assign(entry.key).append(1, '\t').append(entry.detail);
      const auto it = roles.find(role_key);
      hit.role = it != roles.end() ? it->second : default_role(hit.cls);
      if (hit.role == Role::plain) {
        hit.role = Role::verb;
        hit.plain = true;
      }
      // "in May" is a month, not a modal verb.
      const bool month = hit.cls == TriggerClass::plan && doc.tokens[i].capitalized && i > sentence.first_token;
      if (!month) hits[s].push_back(hit);
      i += n;
    }
  }
  // Quotation marks: an opening mark pairs with its own closing kind; a
  // quote left open runs to the end of its paragraph.
  in_quote.assign(doc.tokens.size(), false);
  auto closes = [](std::string_view open, std::string_view close) {
    if (open == "\u201C" || open == "\u201E") return close == "\u201D" || close == "\u201C";
    if (open == "\u00AB") return close == "\u00BB";
    if (open == "\u2018" || open == "'") return close == "\u2019" || close == "'";
    if (open == "\"") return close == "\"";
    return false;
  };
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::open_quote) continue;
    const std::string_view open = doc.slice(doc.tokens[i].span);
    std::size_t j = i + 1;
    for (; j < doc.tokens.size(); ++j) {
      const std::string_view gap = std::string_view(doc.text).substr(doc.tokens[j - 1].span.end, doc.tokens[j].span.begin - doc.tokens[j - 1].span.end);
      if (gap.find('\n') != std::string_view::npos) break;
      const std::string_view mark = doc.slice(doc.tokens[j].span);
      if ((doc.tokens[j].kind == TokenKind::close_quote || (open == "\"" && mark == "\"")) && closes(open, mark)) break;
    }
    const std::size_t last = (j < doc.tokens.size() && std::string_view(doc.text).substr(doc.tokens[j - 1].span.end, doc.tokens[j].span.begin - doc.tokens[j - 1].span.end).find('\n') == std::string_view::npos) ? j : j - 1;
    quotes.push_back({i, std::min(last + 1, doc.tokens.size()), last < doc.tokens.size() && last == j});
    for (std::size_t t = i; t <= last && t < doc.tokens.size(); ++t) in_quote[t] = true;
    i = last;
  }
  subject_.assign(doc.sentences.size(), -1);
  subject_pos_.assign(doc.sentences.size(), 0);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) subject_[s] = subject_at(s);
}

std::size_t Analysis::sentence_end_of(std::size_t t) const {
  const int s = ctx.sentence_of_token[t];
  return s < 0 ? t + 1 : doc.sentences[static_cast<std::size_t>(s)].end_token;
}

std::size_t Analysis::sentence_first_of(std::size_t t) const {
  const int s = ctx.sentence_of_token[t];
  return s < 0 ? t : doc.sentences[static_cast<std::size_t>(s)].first_token;
}

const Hit* Analysis::hit_at(std::size_t t) const {
  const int s = ctx.sentence_of_token[t];
  if (s < 0) return nullptr;
  for (const Hit& h : hits[static_cast<std::size_t>(s)]) {
    if (h.token == t) return &h;
  }
  return nullptr;
}

int Analysis::entity_by_id(const std::string& wanted) const {
  const auto it = by_id_.find(wanted);
  return it == by_id_.end() ? -1 : it->second;
}

int Analysis::last_mentioned(const std::vector<int>& candidates, std::size_t t) const {
  const std::uint32_t before = t < doc.tokens.size() ? doc.tokens[t].span.begin : static_cast<std::uint32_t>(doc.text.size());
  int best = -1;
  std::uint32_t best_pos = 0;
  for (int c : candidates) {
    for (const Span& span : doc.entities[static_cast<std::size_t>(c)].mentions) {
      if (span.begin < before && (best < 0 || span.begin >= best_pos)) {
        best = c;
        best_pos = span.begin;
      }
    }
  }
  if (best < 0 && candidates.size() == 1) best = candidates.front();  // named only later (a headline)
  return best;
}

int Analysis::person_of_country(const std::string& country_id, std::size_t t, bool any_person) const {
  std::vector<int> candidates;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type != EntityType::person) continue;
    const auto it = entity.attributes.find("country");
    if (it != entity.attributes.end() && it->second == country_id) candidates.push_back(static_cast<int>(e));
  }
  if (!any_person && candidates.size() > 1) {
    // Prefer people who hold an office: "the Chinese leader" is no adviser.
    std::vector<int> holders;
    for (int c : candidates) {
      for (const Relation& r : doc.relations) {
        if (r.type == "holds_office" && r.source == id(c)) {
          holders.push_back(c);
          break;
        }
      }
    }
    if (!holders.empty()) candidates = holders;
  }
  return last_mentioned(candidates, t);
}

int Analysis::office_holder(std::size_t mention_index, std::size_t t) const {
  const Mention& mention = doc.mentions[mention_index];
  std::vector<int> candidates;
  auto add_holders = [&](auto&& matches) {
    for (const Relation& r : doc.relations) {
      if (r.type != "holds_office" || !matches(r.target)) continue;
      const int person = entity_by_id(r.source);
      if (person >= 0 && std::find(candidates.begin(), candidates.end(), person) == candidates.end()) candidates.push_back(person);
    }
  };
  if (mention.entity >= 0) {
    const std::string& office = id(mention.entity);
    add_holders([&](const std::string& target) { return target == office; });
    return last_mentioned(candidates, t);
  }
  // The owner written before the title: "the Indian Prime Minister", "Japan's finance minister".
  std::string owner;
  std::size_t b = t;
  while (b > 0 && (in(b - 1, WordClass::owner_title_gap) || doc.tokens[b - 1].kind == TokenKind::possessive)) --b;
  if (b > 0 && b < t + 1) {
    const int m = ctx.mention_at_token[b - 1];
    if (m >= 0) {
      const Mention& o = doc.mentions[static_cast<std::size_t>(m)];
      if ((o.type == EntityType::country || o.type == EntityType::organization) && o.entity >= 0) owner = id(o.entity);
    }
  }
  const std::string title_slug = text::slug(mention.key);
  if (!owner.empty()) {
    const std::string office = make_office_id(owner, mention.key);
    add_holders([&](const std::string& target) { return target == office; });
  } else {
    add_holders([&](const std::string& target) {
      return target.size() > title_slug.size() && target.compare(target.size() - title_slug.size(), title_slug.size(), title_slug) == 0 &&
             target[target.size() - title_slug.size() - 1] == ':';
    });
  }
  return last_mentioned(candidates, t);
}

int Analysis::organization_by_word(std::string_view word, std::size_t t) const {
  std::vector<int> candidates;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type == EntityType::organization && text::lower(entity.label).find(word) != std::string::npos) candidates.push_back(static_cast<int>(e));
  }
  return last_mentioned(candidates, t);
}

int Analysis::entity_starting(std::size_t t, std::size_t limit, std::size_t& end, bool& modifier) const {
  end = t + 1;
  modifier = false;
  const int m = ctx.mention_at_token[t];
  if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].span.begin == doc.tokens[t].span.begin) {
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    std::size_t e = t;
    while (e < doc.tokens.size() && doc.tokens[e].span.end <= mention.span.end) ++e;
    end = e;
    if (mention.type == EntityType::office) {
      // A title before a name is part of the name's phrase ("President Barack Obama").
      std::size_t after = e;
      if (after + 1 < limit && in(after, WordClass::genitive)) {
        after += in(after + 1, WordClass::definite_article) ? 2 : 1;
        const int o = after < limit ? ctx.mention_at_token[after] : -1;
        if (o >= 0 && doc.mentions[static_cast<std::size_t>(o)].type != EntityType::person) {
          while (after < limit && ctx.mention_at_token[after] == o) ++after;
        } else {
          after = e;
        }
      }
      while (after < limit && ctx.mention_at_token[after] < 0 && (ctx.lexicon.title_word(ctx.keys.exact_id[after]) == TitleWordKind::honorific ||
                                                                 ctx.lexicon.title_word(ctx.keys.exact_id[after]) == TitleWordKind::rank)) {
        ++after;  // "Emir Sheikh Tamim", "Vice President Shri Jagdeep Dhankhar"
      }
      const int p = after < limit ? ctx.mention_at_token[after] : -1;
      if (p >= 0 && doc.mentions[static_cast<std::size_t>(p)].type == EntityType::person) {
        modifier = true;
        return -1;
      }
      end = after > e ? after : e;
      return office_holder(static_cast<std::size_t>(m), t);
    }
    if (mention.entity < 0) return -1;
    if (mention.type == EntityType::country || mention.type == EntityType::organization) {
      if (e < limit && doc.tokens[e].kind == TokenKind::possessive) {
        modifier = true;
        end = e + 1;
        return mention.entity;
      }
      if (mention.type == EntityType::country && e < limit && in(e, WordClass::leader_noun)) {
        // "the Chinese leader", "his Egyptian counterpart"
        end = e + 1;
        if (e + 1 < limit && ctx.mention_at_token[e + 1] >= 0) {
          modifier = true;  // "Argentine counterpart Alberto Fernandez"
          return -1;
        }
        if (e + 2 < limit && is(e + 1, ",") && ctx.mention_at_token[e + 2] >= 0 &&
            (doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[e + 2])].type == EntityType::person ||
             doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[e + 2])].type == EntityType::office)) {
          end = e + 2;  // "his Saudi counterpart, Prince Faisal": the name in apposition
          modifier = true;
          return -1;
        }
        return person_of_country(id(mention.entity), t, false);
      }
      const bool adjective = mention.form == MentionForm::demonym;  // "Australian and Mexican leaders"
      const Hit* verb = e < limit ? hit_at(e) : nullptr;  // "Apple announced": a verb follows, not a noun
      if (adjective || (e < limit && !verb && doc.tokens[e].kind == TokenKind::word && !in(e, WordClass::clause_word) && !in(e, WordClass::conjunction))) {
        modifier = true;  // "EU ministers", "U.S. Trade Representative", "Chinese leaders"
        return mention.entity;
      }
    }
    return mention.entity;
  }
  // No mention here: a title phrase that stands for an organization named before.
  if (t > 0 && in(t - 1, WordClass::definite_article) && in(t, WordClass::body_noun)) return organization_by_word(lower(t), t);
  return -1;
}

int Analysis::pronoun(std::size_t t) const {
  const int s = ctx.sentence_of_token[t];
  if (s >= 0) {
    const auto si = static_cast<std::size_t>(s);
    if (is_person(subject_[si]) && subject_pos_[si] < t) return subject_[si];
    if (si > 0 && is_person(subject_[si - 1])) return subject_[si - 1];
    // Else the person last named outside quotes, within the last sentences.
    const std::size_t floor = si >= 4 ? doc.sentences[si - 4].first_token : 0;
    for (std::size_t k = t; k > floor; --k) {
      const int m = ctx.mention_at_token[k - 1];
      if (m < 0 || in_quote[k - 1]) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type == EntityType::person && mention.entity >= 0) return mention.entity;
    }
    for (std::size_t back = 2; back <= 8 && back <= si; ++back) {
      if (is_person(subject_[si - back])) return subject_[si - back];
    }
  }
  return ctx.last_person_before(doc.tokens[t].span.begin);
}

std::vector<int> Analysis::recent_pair(std::size_t t) const {
  const int s0 = ctx.sentence_of_token[t];
  if (s0 < 0) return {};
  for (std::size_t back = 0; back <= 6 && back <= static_cast<std::size_t>(s0); ++back) {
    const Sentence& s = doc.sentences[static_cast<std::size_t>(s0) - back];
    const std::size_t end = back == 0 ? t : s.end_token;
    // Two people joined by "and": "Trump and Japanese Prime Minister Shigeru Ishiba".
    int previous = -1;
    std::size_t previous_end = 0;
    std::vector<int> pair;
    for (std::size_t i = s.first_token; i < end; ++i) {
      const int m = ctx.mention_at_token[i];
      if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].span.begin != doc.tokens[i].span.begin) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type != EntityType::person || mention.entity < 0) continue;
      if (previous >= 0 && previous != mention.entity) {
        bool joined = false, broken = false;
        for (std::size_t k = previous_end; k < i; ++k) {
          if (in(k, WordClass::additive_conjunction)) joined = true;
          if (lower(k) == "," || lower(k) == "." || lower(k) == ";" || in(k, WordClass::clause_word)) broken = true;
        }
        if (joined && !broken && i - previous_end <= 8) pair = {previous, mention.entity};
      }
      previous = mention.entity;
      std::size_t e = i;
      while (e < doc.tokens.size() && doc.tokens[e].span.end <= mention.span.end) ++e;
      previous_end = e;
    }
    if (!pair.empty()) return pair;
  }
  // Else the last two people named.
  std::vector<int> out;
  const std::uint32_t before = doc.tokens[t].span.begin;
  for (auto it = doc.mentions.rbegin(); it != doc.mentions.rend() && out.size() < 2; ++it) {
    if (it->span.begin >= before || it->type != EntityType::person || it->entity < 0) continue;
    if (std::find(out.begin(), out.end(), it->entity) == out.end()) out.push_back(it->entity);
  }
  std::reverse(out.begin(), out.end());
  return out.size() == 2 ? out : std::vector<int>{};
}

int Analysis::subject_at(std::size_t si) const {
  const Sentence& s = doc.sentences[si];
  std::size_t i = s.first_token;
  while (i < s.end_token && in_quote[i]) ++i;
  // Fronted phrases, one after another: "During the visit, apart from ..., X is".
  while (i < s.end_token && in(i, WordClass::fronting)) {
    std::size_t c = i;
    while (c < s.end_token && c < i + 25 && lower(c) != ",") ++c;
    if (c >= s.end_token || lower(c) != ",") break;
    i = c + 1;
  }
  for (std::size_t k = i; k < s.end_token && k < i + 14; ++k) {
    if (in_quote[k]) continue;
    if (in(k, WordClass::person_pronoun)) {
      subject_pos_[si] = k;
      return pronoun(k);
    }
    std::size_t end = k;
    bool modifier = false;
    const int e = entity_starting(k, s.end_token, end, modifier);
    const bool possessive = end < s.end_token && doc.tokens[end].kind == TokenKind::possessive;
    if (!modifier && !possessive && e >= 0 && doc.entities[static_cast<std::size_t>(e)].type != EntityType::location) {
      subject_pos_[si] = k;
      return e;
    }
    if (const Hit* h = hit_at(k); h && (h->cls == TriggerClass::say || h->cls == TriggerClass::meet || h->cls == TriggerClass::call)) {
      // "“...,” said Kato": the speaker right after the verb.
      if (h->cls == TriggerClass::say && k > s.first_token && in_quote[k - 1] && h->end < s.end_token) {
        const int after = entity_starting(h->end, s.end_token, end, modifier);
        if (after >= 0 && !modifier) {
          subject_pos_[si] = h->end;
          return after;
        }
      }
      break;
    }
    if (end > k + 1) k = end - 1;
  }
  // "..., Indian External Affairs Minister S Jaishankar said": the speaker.
  for (const Hit& h : hits[si]) {
    if (h.cls != TriggerClass::say || h.role != Role::verb || in_quote[h.token]) continue;
    const Group g = left(h.token, s.first_token);
    if (!g.items.empty()) {
      subject_pos_[si] = g.first;
      return g.items.front();
    }
    break;
  }
  return -1;
}

Group Analysis::right(std::size_t t, std::size_t limit, bool countries) const {
  Group g;
  g.first = t;
  std::size_t i = t;
  bool expecting = true;
  int modifiers = 0;
  while (i < limit) {
    if (in_quote[i] != in_quote[t]) break;
    const std::string_view w = lower(i);
    if (!expecting) {
      if (w == ",") {
        ++i;
        if (i < limit && in(i, WordClass::additive_conjunction)) ++i;
        if (i < limit && in(i, WordClass::inclusion)) {
          g.including = static_cast<int>(g.items.size());
          ++i;
        }
        expecting = true;
        modifiers = 0;
        continue;
      }
      if (const std::uint32_t n = ctx.lexicon.class_member_at(ctx.keys.lower_id, i, WordClass::coordinator); n > 0 && i + n <= limit) {
        i += n;
        expecting = true;
        modifiers = 0;
        continue;
      }
      if (in(i, WordClass::inclusion)) {
        g.including = static_cast<int>(g.items.size());
        ++i;
        expecting = true;
        continue;
      }
      break;
    }
    std::size_t end = i;
    bool modifier = false;
    const int e = entity_starting(i, limit, end, modifier);
    const bool mention_here = ctx.mention_at_token[i] >= 0 || e >= 0;
    if (mention_here) {
      if (modifier) {
        i = end;
        continue;
      }
      if (e >= 0) {
        const EntityType type = doc.entities[static_cast<std::size_t>(e)].type;
        if (type == EntityType::location) break;
        if (type == EntityType::person || countries) {
          if (std::find(g.items.begin(), g.items.end(), e) == g.items.end()) g.items.push_back(e);
        } else {
          g.head_without_entity = true;
        }
      } else {
        g.head_without_entity = true;
      }
      i = end;
      g.end = i;
      expecting = false;
      continue;
    }
    if (in(i, WordClass::group_head) && i + 1 < limit && in(i + 1, WordClass::genitive)) {
      countries = true;
      i += 2;
      continue;
    }
    if (doc.tokens[i].kind == TokenKind::possessive || in(i, WordClass::determiner)) {
      ++i;
      continue;
    }
    if (in(i, WordClass::object_pronoun)) {
      g.head_without_entity = true;
      g.end = ++i;
      expecting = false;
      continue;
    }
    if (doc.tokens[i].kind != TokenKind::word || in(i, WordClass::clause_word) || hit_at(i) || ++modifiers > 4) break;
    ++i;
    // A common noun ending the phrase names nobody: "met EU ministers".
    if (i >= limit || doc.tokens[i].kind != TokenKind::word || in(i, WordClass::clause_word)) {
      g.head_without_entity = true;
      expecting = false;
      g.end = i;
    }
  }
  if (g.end < t) g.end = t;
  if (!g.items.empty() && g.end < i) g.end = i;
  return g;
}

Group Analysis::left(std::size_t t, std::size_t stop) const {
  Group g;
  g.end = t;
  g.first = t;
  // 1. The nearest actor before t.
  std::size_t i = t;
  std::size_t steps = 0;
  // "X, who is on a visit to India, also met Y": the relative clause is not the actor.
  {
    std::size_t j = t;
    while (j > stop && in(j - 1, WordClass::sequence_adverb)) --j;
    if (j > stop + 1 && is(j - 1, ",")) {
      for (std::size_t k = j - 1; k > stop + 1 && j - k < 24; --k) {
        if (is(k - 1, ",") || lower(k - 1) == ";" || lower(k - 1) == ":") break;
        if (in(k - 1, WordClass::relative_pronoun) && k >= stop + 2 && is(k - 2, ",")) {
          i = k - 2;
          break;
        }
      }
    }
  }
  int found = -1;
  std::size_t found_at = t;
  while (i > stop && steps < 16) {
    --i;
    ++steps;
    if (in_quote[i] && !in_quote[t]) break;
    const std::string_view w = lower(i);
    if (w == ";" || w == ":" || w == "(" || w == ")" || doc.tokens[i].kind == TokenKind::open_quote || doc.tokens[i].kind == TokenKind::close_quote) break;
    if (in(i, WordClass::clause_boundary)) {
      g.bounded = true;
      g.first = i;
      break;
    }
    if (const Hit* h = hit_at(i); h && h->cls == TriggerClass::say && h->end <= t) {
      const bool preposition = h->end < t && in(h->end, WordClass::event_preposition);
      if (!preposition) break;
    }
    if (in(i, WordClass::person_pronoun)) {
      found = pronoun(i);
      found_at = i;
      break;
    }
    // The word before first: it rules most words out without a set lookup.
    if (in(i, WordClass::plural_pronoun) || (i > stop && in(i - 1, WordClass::pair_determiner) && in(i, WordClass::group_noun))) {
      for (int p : recent_pair(i)) g.items.push_back(p);
      g.first = i;
      return g;
    }
    if (in(i, WordClass::collective_possessive)) {
      g.their = true;
      return g;
    }
    // The last token of a mention: read the mention from its start.
    const int m = ctx.mention_at_token[i];
    std::size_t start = i;
    if (m >= 0) {
      while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
    } else if (!(i > 0 && in(i - 1, WordClass::definite_article) && in(i, WordClass::body_noun))) {
      continue;
    }
    std::size_t end = start;
    bool modifier = false;
    const int e = entity_starting(start, std::min(t + 1, doc.tokens.size()), end, modifier);
    i = start;
    if (e < 0 || modifier) continue;
    if (doc.entities[static_cast<std::size_t>(e)].type == EntityType::location) continue;
    found = e;
    found_at = start;
    break;
  }
  if (found < 0) return g;
  g.items.push_back(found);
  g.first = found_at;
  // 2. Coordinated actors before it: "A, B and C".
  std::size_t j = found_at;
  bool after_and = false;
  while (j > stop) {
    std::size_t k = j;
    int skipped = 0;
    std::size_t link = static_cast<std::size_t>(-1);
    while (k > stop) {
      const std::size_t p = k - 1;
      const std::string_view w = lower(p);
      if (in(p, WordClass::additive_conjunction) || (w == "," && after_and)) {
        link = p;
        break;
      }
      const int m = ctx.mention_at_token[p];
      if (m >= 0) {
        std::size_t start = p;
        while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
        std::size_t end = start;
        bool modifier = false;
        entity_starting(start, t, end, modifier);
        if (modifier || doc.mentions[static_cast<std::size_t>(m)].type == EntityType::office) {
          k = start;
          continue;
        }
        break;
      }
      if (doc.tokens[p].kind == TokenKind::possessive || in(p, WordClass::determiner)) {
        k = p;
        continue;
      }
      if (doc.tokens[p].kind == TokenKind::word && !doc.tokens[p].capitalized && !in(p, WordClass::clause_word) && !hit_at(p) && ++skipped <= 2) {
        k = p;
        continue;
      }
      break;
    }
    if (link == static_cast<std::size_t>(-1) || link <= stop) break;
    const int m = ctx.mention_at_token[link - 1];
    if (m < 0) break;
    std::size_t start = link - 1;
    while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
    std::size_t end = start;
    bool modifier = false;
    const int e = entity_starting(start, t, end, modifier);
    if (e < 0 || modifier || doc.entities[static_cast<std::size_t>(e)].type == EntityType::location) break;
    if (std::find(g.items.begin(), g.items.end(), e) == g.items.end()) g.items.insert(g.items.begin(), e);
    g.first = start;
    j = start;
    after_and = after_and || in(link, WordClass::additive_conjunction);
  }
  return g;
}

}  // namespace newsgraph::rules
