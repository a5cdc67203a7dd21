// Offices, the part of resolve that reads titles: a title next to a person,
// with the country or organization it belongs to, becomes an office entity
// and an OfficeHolding (relate makes the edges holds_office, office_of and
// affiliated_with of it).
//
// One pass reads each title mention: its owner where the words give it
// ("US Treasury Secretary", "President of Russia", "spokesman for the White
// House", "Japan's top trade representative"), its holder ("... X", "X,
// ...'s prime minister", "the Emir of Kuwait, Sheikh X,"), and what a list
// or an apposition shares. A second pass settles the owners the text left
// implicit, once every stated owner is known: the holder's own owner stated
// elsewhere, "his" person's, a delegation's country, the title's one
// country (Taoiseach), and last the country the document is clearly about.
#include <algorithm>
#include <map>

#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "language/reading.hpp"
#include "language/resolve/resolve.hpp"

namespace newsgraph {
namespace {

bool is_owner_type(EntityType type) { return type == EntityType::country || type == EntityType::organization; }

bool is_country_id(const std::string& id) { return id.rfind("country:", 0) == 0; }

// One title mention with a holder, as read from the text.
struct TitleUse {
  std::size_t mention;       // the title's mention, or kNoMention for a plural title shared by a list ("foreign ministers")
  int holder;                // mention index
  std::string holder_id;
  std::string owner_id;      // empty: the text does not say
  std::string possessor_id;  // "his spokesperson": the person "his" stands for
  std::size_t t_first, sentence;
  std::uint32_t owner_begin;  // where an owner written before the title starts, else the title's start
  std::string place;          // the city or region a mayor or governor serves ("Lisbon"), else empty
  bool owner_after_holder = false;  // "First Secretary X of the Bangladesh Embassy": the owner follows the name
  std::string key;                  // the office's canonical title
  Span span;                        // where the title is written
  std::string with_portfolio{};     // its name with a portfolio the title does not include ("Cabinet Secretary for Health"), else empty
  std::string written_with_portfolio{};  // that title and portfolio as written ("State minister for Health")
};

constexpr std::size_t kNoMention = static_cast<std::size_t>(-1);

class OfficeRules {
 public:
  explicit OfficeRules(Reading& ctx) : ctx_(ctx), doc_(ctx.doc) {}

  void run() {
    note_countries_inside_bodies();
    dominant_country_ = find_dominant_country();
    const std::size_t mention_count = doc_.mentions.size();
    for (std::size_t k = 0; k < mention_count; ++k) {
      if (doc_.mentions[k].type == EntityType::office) read_title(k);
    }
    read_plural_titles();
    share_holder_of_coordinated_titles();
    add_known_people();
    share_owner_backwards();
    for (TitleUse& use : uses_) {
      if (use.owner_id.empty()) settle_implicit_owner(use);
    }
    name_portfolio_everywhere();
    for (const TitleUse& use : uses_) {
      if (!rank_of_address(use)) emit(use);
    }
  }

  // "Minister for Health and Population X ... Health Minister X": a person's title written once with its
  // portfolio and elsewhere without is the one office, named with the portfolio.
  void name_portfolio_everywhere() {
    for (const TitleUse& full : uses_) {
      if (full.with_portfolio.empty()) continue;
      for (TitleUse& use : uses_) {
        if (use.with_portfolio.empty() && use.holder_id == full.holder_id && use.key == full.key && use.owner_id == full.owner_id) {
          use.with_portfolio = full.with_portfolio;
        }
      }
    }
  }

  // "Deputy Prime Minister and Foreign Minister X", "X, Pakistan's Deputy Prime Minister and Foreign
  // Minister,": two titles joined by "and" are held by the one person either is read with; the title
  // read alone takes its own stated owner, else the other's.
  void share_holder_of_coordinated_titles() {
    std::map<std::size_t, std::size_t> use_of_title;
    for (std::size_t i = 0; i < uses_.size(); ++i) {
      if (uses_[i].mention != kNoMention) use_of_title.emplace(uses_[i].mention, i);
    }
    const auto office_at = [&](std::size_t t) {
      const int m = t < doc_.tokens.size() ? ctx_.mention_at_token[t] : -1;
      return m >= 0 && mention(m).type == EntityType::office ? static_cast<std::size_t>(m) : kNoMention;
    };
    const std::size_t mention_count = doc_.mentions.size();
    for (std::size_t k = 0; k < mention_count; ++k) {
      if (mention(static_cast<int>(k)).type != EntityType::office || use_of_title.contains(k)) continue;
      const std::size_t first = ctx_.token_at(mention(static_cast<int>(k)).span.begin), end = ctx_.mention_end(static_cast<int>(k));
      std::size_t partner = kNoMention;
      if (end + 1 < doc_.tokens.size() && ctx_.in(end, WordClass::additive_conjunction)) partner = office_at(end + 1);
      if (partner == kNoMention && first >= 2 && ctx_.in(first - 1, WordClass::additive_conjunction)) partner = office_at(first - 2);
      const auto it = partner == kNoMention ? use_of_title.end() : use_of_title.find(partner);
      if (it == use_of_title.end()) continue;
      TitleUse use = uses_[it->second];
      use.mention = k;
      use.key = mention(static_cast<int>(k)).key;
      use.with_portfolio.clear();  // the portfolio written after the other title is that title's
      use.written_with_portfolio.clear();
      use.span = mention(static_cast<int>(k)).span;
      use.t_first = first;
      use.place.clear();
      if (const auto owner = stated_owner_by_title_.find(static_cast<int>(k)); owner != stated_owner_by_title_.end()) use.owner_id = owner->second;
      uses_.push_back(std::move(use));
    }
  }

  // "Counsellor A and First Secretary B of the Bangladesh Embassy": the owner written after the last
  // name of a list of titled people is the owner of the titles before it too.
  void share_owner_backwards() {
    for (std::size_t i = uses_.size(); i-- > 1;) {
      TitleUse& earlier = uses_[i - 1];
      const TitleUse& later = uses_[i];
      if (!earlier.owner_id.empty() || later.owner_id.empty() || !later.owner_after_holder || earlier.sentence != later.sentence) continue;
      const std::size_t link = ctx_.mention_end(earlier.holder);
      if (link + 1 != later.t_first || !ctx_.in(link, WordClass::additive_conjunction)) continue;
      earlier.owner_id = later.owner_id;
    }
  }

  // "Ambassador X" for someone whose post the text gives elsewhere ("Special Envoy Ambassador X",
  // "Head of State Protocol, Ambassador X"): a rank used as a form of address, which names no
  // office when it has no owner of its own.
  bool rank_of_address(const TitleUse& use) const {
    const auto unowned_rank = [&](const TitleUse& u) {
      return u.owner_id.empty() && ctx_.lexicon.office_home(text::lower(u.key)) == "unknown";
    };
    if (!unowned_rank(use)) return false;
    const std::string& key = use.key;
    // The post is another title: owned, or a title of its own kind, or the first of two stacked before the
    // name anywhere in the text ("Special Envoy Ambassador X", later "Ambassador X").
    return std::any_of(uses_.begin(), uses_.end(), [&](const TitleUse& other) {
      if (other.holder_id != use.holder_id || other.key == key) return false;
      if (!unowned_rank(other)) return true;
      return std::any_of(uses_.begin(), uses_.end(), [&](const TitleUse& rank) {
        return rank.holder_id == use.holder_id && rank.key == key && rank.sentence == other.sentence &&
               other.t_first < rank.t_first;
      });
    });
  }

 private:
  // The words around one title mention, within its sentence.
  struct Around {
    std::size_t k, t_first, t_end;
    int sentence;
    const Sentence* s;
  };

  const Mention& mention(int m) const { return doc_.mentions[static_cast<std::size_t>(m)]; }
  const Entity& entity_of(int m) const { return doc_.entities[static_cast<std::size_t>(mention(m).entity)]; }
  bool resolved(int m, EntityType type) const { return m >= 0 && mention(m).type == type && mention(m).entity >= 0; }
  bool resolved_owner(int m) const { return m >= 0 && is_owner_type(mention(m).type) && mention(m).entity >= 0; }
  bool government_body(int m) const { return resolved(m, EntityType::organization) && !body_country_[static_cast<std::size_t>(m)].empty(); }

  std::string_view lower(const Around& a, std::size_t t) const {
    return t < a.s->end_token ? std::string_view(ctx_.keys.lower[t]) : std::string_view();
  }
  bool in(const Around& a, std::size_t t, WordClass c) const { return t < a.s->end_token && ctx_.in(t, c); }
  std::string_view text(const Around& a, std::size_t t) const {
    return t < a.s->end_token ? doc_.slice(doc_.tokens[t].span) : std::string_view(".");
  }
  int mention_at(const Around& a, std::size_t t) const { return t < a.s->end_token ? ctx_.mention_at_token[t] : -1; }
  // The first token after mention m, within the sentence.
  std::size_t end_of(const Around& a, int m) const {
    std::size_t t = ctx_.token_at(mention(m).span.begin);
    while (t < a.s->end_token && ctx_.mention_at_token[t] == m) ++t;
    return t;
  }
  // The first token of the words qualifying the title ("Japan's top ..." -> "top").
  std::size_t qualifier_start(const Around& a) const {
    std::size_t b = a.t_first;
    // "WHO Regional Director": a title modifier left out of the title stands between it and its owner too.
    while (b > a.s->first_token && (ctx_.in(b - 1, WordClass::title_gap) || ctx_.in(b - 1, WordClass::ordinal) ||
                                    (ctx_.mention_at_token[b - 1] < 0 &&
                                     ctx_.lexicon.title_word(ctx_.keys.exact_id[b - 1]) == TitleWordKind::modifier))) {
      --b;
    }
    return b;
  }

  // The id an owner mention stands for: "White House" acts for the US.
  std::string owner_id_of(int m) const {
    const std::string& country = body_country_[static_cast<std::size_t>(m)];
    return country.empty() ? entity_of(m).id : "country:" + country;
  }
  // The owner of title mention `title`: a government body owns the titles it
  // gives ("Foreign Ministry spokesperson"), its country those of a state
  // ("Interior Ministry's Deputy Minister" is the country's).
  std::string owner_of_title(int m, std::size_t title) const {
    const bool state_title = ctx_.lexicon.office_scope(text::lower(doc_.mentions[title].key)) == "state";
    return state_title ? owner_id_of(m) : entity_of(m).id;
  }

  // "the Chinese Foreign Ministry" names China inside an organization's name:
  // the country becomes an entity there, with the demonym as its mention, so
  // that the body's people can be affiliated with it.
  // Also notes, once per mention, the country each government body acts for.
  void note_countries_inside_bodies() {
    body_country_.assign(doc_.mentions.size(), std::string());
    StringMap<std::string> country_of_name;  // a body named again is not tokenized and looked up again
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& body = doc_.mentions[i];  // add_entity below changes entities, never mentions
      if (body.type != EntityType::organization || body.entity < 0) continue;
      auto known = country_of_name.find(body.key);
      if (known == country_of_name.end()) known = country_of_name.emplace(body.key, ctx_.lexicon.government_country(body.key)).first;
      body_country_[i] = known->second;
      const std::string& alpha2 = body_country_[i];
      if (alpha2.empty()) continue;
      country_of_body_.emplace(doc_.entities[static_cast<std::size_t>(body.entity)].id, "country:" + alpha2);
      const std::size_t first = ctx_.token_at(body.span.begin);
      std::vector<int> found;
      const std::uint32_t n = ctx_.lexicon.names().longest_match(ctx_.keys.exact_id, first, found);
      if (n == 0 || first + n > doc_.tokens.size() || doc_.tokens[first + n - 1].span.end >= body.span.end) continue;
      if (std::none_of(found.begin(), found.end(), [&](int e) { return ctx_.lexicon.entry(e).key == alpha2; })) continue;
      const int entity = add_entity(doc_, EntityType::country, "country:" + alpha2, std::string(ctx_.lexicon.country_label(alpha2)));
      add_surface(doc_, entity, {doc_.tokens[first].span.begin, doc_.tokens[first + n - 1].span.end});
    }
  }

  // The country the document is mostly about: the owner of last resort for a
  // state office whose owner the text leaves implicit ("Finance Minister X").
  // A government body counts for its country ("the White House said"). Only
  // a clearly dominant one: in a story about two countries a guess would be
  // a coin toss.
  std::string find_dominant_country() const {
    std::map<std::string, int> country_mentions;
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      const int index = static_cast<int>(m);
      if (resolved(index, EntityType::country)) ++country_mentions[entity_of(index).id];
      if (government_body(index)) ++country_mentions[owner_id_of(index)];
    }
    std::string dominant;
    int best = 0, second = 0;
    for (const auto& [id, count] : country_mentions) {
      if (count > best) {
        second = best;
        best = count;
        dominant = id;
      } else if (count > second) {
        second = count;
      }
    }
    return best < 2 * second ? std::string() : dominant;
  }

  // The place a city's or a region's office serves, written after `t` ("the Governor of Tokyo", "Mayor X
  // of Porto"): its mention, or -1. A capital here is the city, not its government.
  int place_after(const Around& a, std::size_t t) const {
    if (!is_place_office(a) || !in(a, t, WordClass::genitive)) return -1;
    const int m = mention_at(a, in(a, t + 1, WordClass::definite_article) ? t + 2 : t + 1);
    return is_place(m) ? m : -1;
  }

  // ... or written before the title: "Lisbon mayor", "Ontario's premier".
  int place_before(const Around& a) const {
    std::size_t b = a.t_first;
    if (!is_place_office(a) || b <= a.s->first_token) return -1;
    if (b > a.s->first_token + 1 && doc_.tokens[b - 1].kind == TokenKind::possessive) --b;
    const int m = ctx_.mention_at_token[b - 1];
    return is_place(m) ? m : -1;
  }

  bool is_place_office(const Around& a) const {
    return ctx_.lexicon.in_class(text::lower(doc_.mentions[a.k].key), WordClass::place_office);
  }

  // The place's name as written and its country (empty when no list says it).
  void read_place(int m, std::string& place, std::string& country) const {
    place = std::string(doc_.slice(mention(m).span));
    country = mention(m).type == EntityType::country ? entity_of(m).id : place_country(m);
  }

  // A place as a mention: a city or region, or a capital read as its country.
  bool is_place(int m) const {
    return m >= 0 && mention(m).entity >= 0 &&
           (mention(m).type == EntityType::location || (mention(m).type == EntityType::country && mention(m).form == MentionForm::capital));
  }

  // The country a listed place is in ("country:PT" for Porto), or empty.
  std::string place_country(int m) const {
    std::vector<int> found;
    const std::size_t t = ctx_.token_at(mention(m).span.begin);
    if (ctx_.lexicon.names().longest_match(ctx_.keys.exact_id, t, found) == 0) return {};
    for (const int e : found) {
      const LexEntry& entry = ctx_.lexicon.entry(e);
      if (entry.kind == LexKind::location && entry.country.size() == 2) return "country:" + entry.country;
    }
    return {};
  }

  // Owner after the title: "President of Russia", "spokesman for the White
  // House", "spokesperson at the Chinese Foreign Ministry". After "for"/"at"
  // only an organization owns the title: an "envoy for Syria" does not act
  // for Syria. Moves `after` past the owner.
  std::string owner_after(const Around& a, std::size_t& after) const {
    if (!in(a, after, WordClass::owner_preposition)) return {};
    const bool genitive = in(a, after, WordClass::genitive);
    std::size_t o = after + 1;
    if (in(a, o, WordClass::definite_article)) ++o;
    const int m = mention_at(a, o);
    if (!resolved_owner(m)) return {};
    const std::size_t m_end = end_of(a, m);
    // "the Houthis' Supreme Political Council": the body an owner in the possessive has.
    if (m_end + 1 < a.s->end_token && doc_.tokens[m_end].kind == TokenKind::possessive && resolved(mention_at(a, m_end + 1), EntityType::organization)) {
      const int owned = mention_at(a, m_end + 1);
      after = end_of(a, owned);
      return owner_of_title(owned, a.k);
    }
    // "the Chinese Foreign Ministry": a demonym qualifying a body.
    const bool qualified_body = resolved(mention_at(a, m_end), EntityType::organization);
    if (!genitive && mention(m).type != EntityType::organization && !qualified_body) return {};
    after = qualified_body ? end_of(a, mention_at(a, m_end)) : m_end;
    // "the chairman of the Keidanren business lobby": the body's kind after its name.
    if (after < a.s->end_token && !doc_.tokens[after].capitalized) after += ctx_.lexicon.class_member_at(ctx_.keys.lower_id, after, WordClass::body_kind_after);
    return qualified_body ? owner_id_of(m) : owner_of_title(m, a.k);
  }

  // "China's ambassador to the United Nations": with an owner written before the title, a body after "to"
  // is where the post is (skip_posting), not whose the title is; "Adviser to the WHO" is the WHO's.
  std::string owner_after_unless_posting(const Around& a, std::size_t& after, std::uint32_t owner_begin) const {
    std::size_t past_owner = after;
    std::string owner = owner_after(a, past_owner);
    if (!owner.empty() && !in(a, after, WordClass::genitive) && !owner_before(a, owner_begin).empty()) return {};
    after = past_owner;
    return owner;
  }

  // An office's name with a portfolio its title does not include, and that title and portfolio as written.
  struct Portfolio {
    std::string name, written;
  };

  // A portfolio the lexicon's title does not include: "Cabinet Secretary for Foreign Affairs". Returns the
  // office's name with it: the title's canonical name and the portfolio as written ("Cabinet Secretary for
  // Health"), or, when it goes on a portfolio the title names, the whole title as written ("Minister of
  // Economy and Finance"); empty when there is none.
  Portfolio skip_portfolio(const Around& a, std::size_t& after) const {
    // "Minister of Economy and Finance": a portfolio in the title goes on after "and".
    bool title_has_portfolio = false;
    for (std::size_t t = a.t_first; t < a.t_end; ++t) title_has_portfolio = title_has_portfolio || ctx_.in(t, WordClass::portfolio_preposition);
    // "Minister of Industry, Trade and Investment": a comma joins portfolios too, before a word of one.
    const auto comma_before_portfolio = [&](std::size_t t) {
      return text(a, t) == "," && t + 1 < a.s->end_token && doc_.tokens[t + 1].capitalized && in(a, t + 1, WordClass::portfolio) && mention_at(a, t + 1) < 0;
    };
    const bool continued = title_has_portfolio && (comma_before_portfolio(after) || in(a, after, WordClass::portfolio_joiner)) &&
                           !in(a, after, WordClass::portfolio_preposition);
    // "Minister of Petroleum Resources": the title's portfolio goes on with a word of its own.
    const bool extended = title_has_portfolio && after < a.s->end_token && doc_.tokens[after].capitalized && mention_at(a, after) < 0 &&
                          in(a, after, WordClass::portfolio);
    if (!extended && (!(continued || in(a, after, WordClass::portfolio_preposition)) || after + 1 >= a.s->end_token ||
                      !doc_.tokens[after + 1].capitalized || mention_at(a, after + 1) >= 0)) {
      return {};
    }
    std::size_t p = extended ? after : after + 1;
    while (p < a.s->end_token && mention_at(a, p) < 0 &&
           ((doc_.tokens[p].capitalized && doc_.tokens[p].kind == TokenKind::word) || in(a, p, WordClass::portfolio_joiner) || comma_before_portfolio(p))) {
      ++p;
    }
    while (!doc_.tokens[p - 1].capitalized) --p;  // not a joiner after the portfolio: "for Trade and X"
    const std::uint32_t end = doc_.tokens[p - 1].span.end;
    std::string written(doc_.slice({doc_.tokens[a.t_first].span.begin, end}));
    std::string name = continued || extended ? written : doc_.mentions[a.k].key + " " + std::string(doc_.slice({doc_.tokens[after].span.begin, end}));
    after = p;
    return {std::move(name), std::move(written)};
  }

  // Where the title is held, after it and its owner: "Ambassador (of Kenya) to Ethiopia X", "UN envoy for Yemen X". Returns the
  // country of the posting, or empty.
  // "envoy in Geneva", "ambassador to the United Nations": a place, or a body the post is at.
  std::string skip_posting(const Around& a, std::size_t& after) const {
    // "Ambassador to Ethiopia", "UN envoy for Yemen"
    const bool destination = in(a, after, WordClass::destination_preposition) || in(a, after, WordClass::portfolio_link);
    const bool at_place = !destination && in(a, after, WordClass::place_preposition) && !in(a, after, WordClass::genitive);
    if (!destination && !at_place) return {};
    const std::size_t named = in(a, after + 1, WordClass::definite_article) ? after + 2 : after + 1;
    const int m = mention_at(a, named);
    // "director for the Brazilian Center ...": a demonym after "the" qualifies a name, it is no posting.
    if (m >= 0 && mention(m).form == MentionForm::demonym) return {};
    if (at_place) {
      // "envoy in Geneva, X": a city the post is in; "X in Brazil" says where someone is, no post.
      if (!resolved(m, EntityType::location)) return {};
      after = end_of(a, m);
      return {};
    }
    if (!resolved(m, EntityType::country) && !resolved(m, EntityType::location) && !resolved(m, EntityType::organization)) return {};
    after = end_of(a, m);
    return resolved(m, EntityType::country) ? entity_of(m).id : std::string();
  }

  // Owner before the title: "US Treasury Secretary", "Japan's top trade
  // representative", "Apple CEO", "AU Commission Chairperson".
  // Sets `owner_begin` to where the owner's words start.
  std::string owner_before(const Around& a, std::uint32_t& owner_begin) const {
    std::size_t b = qualifier_start(a);
    if (b > a.s->first_token && doc_.tokens[b - 1].kind == TokenKind::possessive) --b;
    if (b <= a.s->first_token) return {};
    int m = ctx_.mention_at_token[b - 1];
    // An organization's body between it and the title.
    if (m < 0 && b > a.s->first_token + 1 && doc_.tokens[b - 1].capitalized && !ctx_.lexicon.org_suffix(ctx_.keys.exact_id[b - 1]).empty() &&
        resolved(ctx_.mention_at_token[b - 2], EntityType::organization)) {
      m = ctx_.mention_at_token[b - 2];
    }
    if (!resolved_owner(m)) return {};
    owner_begin = mention(m).span.begin;
    return owner_of_title(m, a.k);
  }

  // Past the honorifics and ranks starting at t ("Shri", "Ms", "His Highness", "General").
  std::size_t past_honorifics(const Around& a, std::size_t t) const {
    // A military rank goes with the name too: "Chief of Defence Forces General X".
    const auto honorific = [&](std::size_t k) {
      if (k >= a.s->end_token) return false;
      const TitleWordKind kind = ctx_.lexicon.title_word(ctx_.keys.exact_id[k]);
      return kind == TitleWordKind::honorific || kind == TitleWordKind::rank;
    };
    while (honorific(t) || (in(a, t, WordClass::possessive_pronoun) && honorific(t + 1))) ++t;
    return t;
  }

  // The holder right after the title and its owner, past any honorific or a
  // second title ("Vice President Shri X", "Special Envoy Ambassador Y"), or -1. Sets `owner` from
  // "President Xi Jinping of China" when the title had none.
  int holder_after(const Around& a, std::size_t after, std::string& owner) const {
    std::size_t h = past_honorifics(a, after);
    // A second title right after the first: "Special Envoy Ambassador X" holds both.
    if (const int second = mention_at(a, h); second >= 0 && mention(second).type == EntityType::office) h = past_honorifics(a, end_of(a, second));
    const int holder = mention_at(a, h);
    if (!resolved(holder, EntityType::person)) return -1;
    const std::size_t p_end = end_of(a, holder);
    if (owner.empty() && in(a, p_end, WordClass::genitive)) {
      const int m = mention_at(a, in(a, p_end + 1, WordClass::definite_article) ? p_end + 2 : p_end + 1);
      // "Governor X of the Central Bank of Austria": a title not only a state has may belong to any body.
      const bool body_title = resolved(m, EntityType::organization) && ctx_.lexicon.office_scope(text::lower(doc_.mentions[a.k].key)) != "state";
      if (resolved(m, EntityType::country) || government_body(m) || body_title) owner = owner_of_title(m, a.k);
    }
    return holder;
  }

  // "..., a government spokeswoman said", "..., a spokesman for the ministry told reporters": a verb of saying
  // right after the title (at t), or after its owner ("for the ministry"), makes the title the sentence's unnamed
  // speaker, in apposition to no one.
  bool saying_follows(const Around& a, std::size_t t) const {
    constexpr std::size_t longest_owner = 4;
    if (in(a, t, WordClass::owner_preposition)) {
      const std::size_t limit = std::min<std::size_t>(a.s->end_token, t + 1 + longest_owner);
      ++t;
      while (t < limit && doc_.tokens[t].kind == TokenKind::word && !ctx_.hit_at(t)) ++t;
    }
    const TriggerHit* hit = t < a.s->end_token ? ctx_.hit_at(t) : nullptr;
    return hit && hit->cls == TriggerClass::say;
  }

  // An appositive holder right before: "Shigeru Ishiba, Japan's prime minister"; not the one before an
  // unnamed speaker (`after`: the token after the title).
  int holder_before(const Around& a, std::size_t after, bool owner_came_before) const {
    if (saying_follows(a, after)) return -1;
    std::size_t b = qualifier_start(a);
    // "X, the President's spokesman": a title in the possessive before this one (its holder is elsewhere).
    if (b >= a.s->first_token + 2 && doc_.tokens[b - 1].kind == TokenKind::possessive && ctx_.mention_at_token[b - 2] >= 0 &&
        mention(ctx_.mention_at_token[b - 2]).type == EntityType::office) {
      b = ctx_.token_at(mention(ctx_.mention_at_token[b - 2]).span.begin);
      if (b > a.s->first_token && ctx_.in(b - 1, WordClass::definite_article)) --b;
    }
    if (owner_came_before) {
      std::size_t o = b;
      if (o > a.s->first_token && doc_.tokens[o - 1].kind == TokenKind::possessive) --o;
      if (o > a.s->first_token && ctx_.mention_at_token[o - 1] >= 0) b = ctx_.token_at(mention(ctx_.mention_at_token[o - 1]).span.begin);
      if (b > a.s->first_token && ctx_.in(b - 1, WordClass::definite_article)) --b;
    }
    // "X, a senior adviser to the president": an indefinite article before the title too.
    if (b > a.s->first_token && ctx_.in(b - 1, WordClass::indefinite_article)) --b;
    if (const int subject = subject_before_copula(a, b); subject >= 0) return subject;
    b = before_relative_copula(a, b);
    if (b > a.s->first_token + 1 && doc_.slice(doc_.tokens[b - 1].span) == ",") {
      const int m = ctx_.mention_at_token[b - 2];
      if (resolved(m, EntityType::person)) return m;
    }
    return -1;
  }

  // "X was sworn in as Ghana's president", "On Monday, X became prime minister": the person opening the
  // clause (at the sentence's start or after a comma) right before a copula that ends at b; else -1.
  int subject_before_copula(const Around& a, std::size_t b) const {
    constexpr std::size_t longest = 4;
    for (std::size_t k = 1; k <= longest && b >= a.s->first_token + k + 1; ++k) {
      if (ctx_.lexicon.class_member_at(ctx_.keys.lower_id, b - k, WordClass::holder_copula) != k) continue;
      const int m = ctx_.mention_at_token[b - k - 1];
      if (!resolved(m, EntityType::person)) continue;
      const std::size_t first = ctx_.token_at(mention(m).span.begin);
      if (first == a.s->first_token || (first > a.s->first_token && doc_.slice(doc_.tokens[first - 1].span) == ",")) return m;
    }
    return -1;
  }

  // Where "who is" ends right before b starts ("X, who is Ghana's foreign minister"), else b.
  std::size_t before_relative_copula(const Around& a, std::size_t b) const {
    constexpr std::size_t longest = 4;
    for (std::size_t k = 2; k <= longest && b >= a.s->first_token + k; ++k) {
      if (ctx_.lexicon.class_member_at(ctx_.keys.lower_id, b - k, WordClass::relative_copula) == k) return b - k;
    }
    return b;
  }

  // A holder after a comma, closed by punctuation: "the Emir of Kuwait,
  // Sheikh X,", or after a second title there ("chief negotiator, Deputy
  // Foreign Minister X,"). A title that opens its sentence names the subject
  // even when the closing comma is left out: "Newly appointed Chinese
  // Ambassador to Nepal, Chen Song paid a call on ...".
  int holder_after_comma(const Around& a, std::size_t after, std::uint32_t owner_begin) const {
    after = past_brackets(a, past_unnamed_owner(a, after));
    if (after >= a.s->end_token || text(a, after) != ",") return -1;
    std::size_t p = past_honorifics(a, after + 1);
    if (mention_at(a, p) >= 0 && mention(mention_at(a, p)).type == EntityType::office) p = past_honorifics(a, end_of(a, mention_at(a, p)));
    // "Its chairwoman, Justice X,": a capitalized title word that names no office of its own (a judge's "Justice").
    if (p < a.s->end_token && mention_at(a, p) < 0 && doc_.tokens[p].capitalized && ctx_.lexicon.title_word(ctx_.keys.exact_id[p]) == TitleWordKind::office_head) ++p;
    const int m = mention_at(a, p);
    if (!resolved(m, EntityType::person)) return -1;
    const std::size_t next_token = end_of(a, m);
    const std::string_view next = text(a, next_token);
    if (next == "," || next == "." || next == ";" || next == ")") return m;
    return opens_sentence(a, owner_begin) && !doc_.tokens[next_token].capitalized && doc_.tokens[next_token].kind == TokenKind::word ? m : -1;
  }

  // Past an owner written in lower case that names no entity, up to a comma: "the deputy governor of the
  // central bank, X" (at most a few words, none capitalized).
  std::size_t past_unnamed_owner(const Around& a, std::size_t t) const {
    constexpr std::size_t longest = 5;
    if (!in(a, t, WordClass::genitive)) return t;
    for (std::size_t c = t + 1; c < a.s->end_token && c <= t + longest; ++c) {
      if (text(a, c) == ",") return c > t + 1 ? c : t;
      if (doc_.tokens[c].kind != TokenKind::word || doc_.tokens[c].capitalized || mention_at(a, c) >= 0) return t;
    }
    return t;
  }

  // Past a short aside in brackets right after a title: "Head of State Protocol (Chief of Protocol), X".
  std::size_t past_brackets(const Around& a, std::size_t t) const {
    constexpr std::size_t longest_aside = 8;
    if (t >= a.s->end_token || text(a, t) != "(") return t;
    for (std::size_t c = t + 1; c < a.s->end_token && c <= t + longest_aside; ++c) {
      if (text(a, c) == ")") return c + 1;
    }
    return t;
  }

  // A person who holds a title written before them in this sentence: "Minister A", "the consul, A".
  bool titled(const Around& a, int person) const {
    return std::any_of(uses_.begin(), uses_.end(), [&](const TitleUse& use) {
      return use.holder == person && use.sentence == static_cast<std::size_t>(a.sentence) &&
             doc_.tokens[use.t_first].span.begin < mention(person).span.begin;
    });
  }

  // In a list of people each given a title, a title between two names
  // belongs to the one after it: "Foreign Minister A, Secretary General of the
  // ministry, B, and ..." (B is the secretary general). A first name with no
  // title of its own keeps the title after it ("A, Secretary General, B, ...").
  int next_in_titled_list(const Around& a, std::size_t after, std::uint32_t owner_begin, bool owner_came_before) const {
    const int before = holder_before(a, after, owner_came_before);
    if (before < 0 || !titled(a, before)) return -1;
    return holder_after_comma(a, after, owner_begin);
  }

  // Only the title, its owner and their qualifiers come before it in the sentence: the title heads its subject.
  bool opens_sentence(const Around& a, std::uint32_t owner_begin) const {
    std::size_t b = std::min(qualifier_start(a), ctx_.token_at(owner_begin));
    while (b > a.s->first_token && (ctx_.in(b - 1, WordClass::title_gap) || ctx_.in(b - 1, WordClass::ordinal) || ctx_.in(b - 1, WordClass::determiner))) --b;
    return b == a.s->first_token;
  }

  // A second title in apposition to a first, closed by a comma: "Tokyo's
  // chief negotiator, Deputy Foreign Minister X, said" (not "talks with the
  // Indian Prime Minister, Prime Minister Y is due").
  std::string owner_in_apposition(const Around& a, int holder) const {
    if (a.t_first < a.s->first_token + 2 || doc_.slice(doc_.tokens[a.t_first - 1].span) != ",") return {};
    const std::string_view closing = text(a, end_of(a, holder));
    const auto it = stated_owner_by_title_.find(ctx_.mention_at_token[a.t_first - 2]);
    if (it == stated_owner_by_title_.end() || (closing != "," && closing != "." && closing != ";")) return {};
    return it->second;
  }

  // Second in a list of titled people: the first one's owner ("US Trade
  // Representative X and Treasury Secretary Y"). After a comma only inside a
  // list that goes on ("A, B and C"), not after a phrase ("At the invitation
  // of Prime Minister A, President B said").
  std::string owner_in_list(const Around& a, int holder) const {
    const std::size_t b = a.t_first;
    if (b < a.s->first_token + 2) return {};
    const std::size_t after_holder = end_of(a, holder);
    const bool and_after = in(a, after_holder, WordClass::additive_conjunction) || lower(a, after_holder) == ",";
    const bool in_list = in(a, b - 1, WordClass::additive_conjunction) || (lower(a, b - 1) == "," && and_after);
    if (!in_list) return {};
    const auto it = stated_owner_by_holder_.find(ctx_.mention_at_token[b - 2]);
    if (it == stated_owner_by_holder_.end()) return {};
    // "British Foreign Secretary X and NATO Secretary-General Y": a country's owner is no organization's.
    const std::string_view scope = ctx_.lexicon.office_scope(text::lower(doc_.mentions[a.k].key));
    if ((scope == "org" && is_country_id(it->second)) || (scope == "state" && !is_country_id(it->second))) return {};
    return it->second;
  }

  // "his spokesperson, X": whoever "his" stands for, the first person of this
  // sentence before it or of the nearest sentence before that names one (its
  // subject, most often). The title may be in apposition to a plain noun
  // after "and his": "X and his deputy, Vice President Y" (not "On his part, Ambassador Y").
  std::string possessor(const Around& a, const std::string& holder_id) const {
    std::size_t b = qualifier_start(a);
    if (b >= a.s->first_token + 4 && text(a, b - 1) == "," && doc_.tokens[b - 2].kind == TokenKind::word && !doc_.tokens[b - 2].capitalized &&
        ctx_.in(b - 3, WordClass::possessive_pronoun) && ctx_.in(b - 4, WordClass::additive_conjunction)) {
      b -= 2;
    }
    if (b <= a.s->first_token || !ctx_.in(b - 1, WordClass::possessive_pronoun)) return {};
    for (int si = a.sentence; si >= 0 && si >= a.sentence - 2; --si) {
      const int m = first_mention_in(a, si, b - 1, EntityType::person);
      if (m < 0) continue;
      const std::string& id = entity_of(m).id;
      return id == holder_id ? std::string() : id;
    }
    return {};
  }

  // The first mention of `type` (with its entity) in sentence si, before token `end` when si is the title's
  // sentence; -1 when none.
  int first_mention_in(const Around& a, int si, std::size_t end, EntityType type) const {
    const Sentence& s = doc_.sentences[static_cast<std::size_t>(si)];
    const std::size_t stop = si == a.sentence ? end : s.end_token;
    for (std::size_t t = s.first_token; t < stop; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (resolved(m, type) && mention(m).span.begin == doc_.tokens[t].span.begin) return m;
    }
    return -1;
  }

  // "The Electoral Commission denied it. Its chairwoman, X, said ...": the body "its" (before the title's
  // qualifiers, at b) stands for, the first organization named before it in this sentence, else in the
  // nearest of the two sentences before; the first country where none is ("Uganda's ministry": the ministry).
  std::string owner_by_its(const Around& a, std::size_t b) const {
    if (b <= a.s->first_token || !ctx_.in(b - 1, WordClass::body_possessive)) return {};
    for (int si = a.sentence; si >= 0 && si >= a.sentence - 2; --si) {
      if (const int body = first_mention_in(a, si, b - 1, EntityType::organization); body >= 0) return owner_of_title(body, a.k);
      if (const int country = first_mention_in(a, si, b - 1, EntityType::country); country >= 0) return owner_of_title(country, a.k);
    }
    return {};
  }

  void read_title(std::size_t k) {
    Around a{k, ctx_.token_at(doc_.mentions[k].span.begin), 0, -1, nullptr};
    a.t_end = a.t_first;
    while (a.t_end < doc_.tokens.size() && doc_.tokens[a.t_end].span.end <= doc_.mentions[k].span.end) ++a.t_end;
    a.sentence = ctx_.sentence_of_token[a.t_first];
    if (a.sentence < 0) return;
    a.s = &doc_.sentences[static_cast<std::size_t>(a.sentence)];

    std::size_t after = a.t_end;
    std::uint32_t owner_begin = doc_.mentions[k].span.begin;
    // A city's or a region's office is owned by the place's country and named with the place.
    std::string place, owner;
    int place_mention = place_after(a, after);
    if (place_mention >= 0) {
      after = end_of(a, place_mention);
    } else if (place_mention = place_before(a); place_mention >= 0) {
      owner_begin = mention(place_mention).span.begin;
    }
    const bool serves_place = place_mention >= 0;
    if (serves_place) read_place(place_mention, place, owner);
    if (!serves_place) owner = owner_after_unless_posting(a, after, owner_begin);
    const bool owner_came_before = owner.empty() || owner_begin < doc_.mentions[k].span.begin;
    Portfolio portfolio;
    if (owner.empty() && !serves_place) portfolio = skip_portfolio(a, after);
    if (const std::string host = skip_posting(a, after); !host.empty() && host_country_.empty()) host_country_ = host;
    if (owner.empty() && !serves_place) owner = owner_before(a, owner_begin);
    if (!owner.empty()) stated_owner_by_title_[static_cast<int>(k)] = owner;

    const bool owner_before_holder = !owner.empty();
    // "Tomas Berg, the President's spokesman": a title in the possessive owns the title after it; its own holder
    // is named elsewhere.
    if (a.t_end < a.s->end_token && doc_.tokens[a.t_end].kind == TokenKind::possessive) return;
    int holder = holder_after(a, after, owner);
    // "Mayor Ana Lima of Porto": the place after the holder's name.
    if (const int late_place = holder >= 0 && !serves_place && owner.empty() ? place_after(a, end_of(a, holder)) : -1; late_place >= 0) {
      read_place(late_place, place, owner);
    }
    const bool owner_after_holder = holder >= 0 && !owner_before_holder && !owner.empty();
    if (holder < 0) holder = next_in_titled_list(a, after, owner_begin, owner_came_before && !owner.empty());
    if (holder < 0) holder = holder_before(a, after, owner_came_before && !owner.empty());
    if (holder < 0) holder = holder_after_comma(a, after, owner_begin);
    if (holder < 0) return;  // an office is a node only when a named person holds it

    const std::string holder_id = entity_of(holder).id;
    if (owner.empty()) owner = owner_in_apposition(a, holder);
    if (owner.empty()) owner = owner_in_list(a, holder);
    if (owner.empty()) owner = owner_by_its(a, qualifier_start(a));
    if (owner.empty()) {
      // A title held for one country only ("Taoiseach").
      const std::string_view home = ctx_.lexicon.office_home(text::lower(doc_.mentions[k].key));
      if (home.size() == 2) owner = "country:" + std::string(home);
    }
    if (!owner.empty()) {
      stated_owner_by_holder_[holder] = owner;
      stated_owner_by_person_.try_emplace(holder_id, owner);
    }
    uses_.push_back({k, holder, holder_id, owner, possessor(a, holder_id), a.t_first, static_cast<std::size_t>(a.sentence),
                     owner_begin, place, owner_after_holder, doc_.mentions[k].key, doc_.mentions[k].span, std::move(portfolio.name),
                     std::move(portfolio.written)});
  }

  // "the heads of state of five countries: Sudan's A, Libya's B and Chad's C", "the foreign ministers of Peru
  // and Chile, A and B": a title in the plural, then the people who each hold it, for the country written
  // before each name or, one by one, for the countries listed after the title.
  void read_plural_titles() {
    std::vector<int> entries;
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      for (std::size_t t = s.first_token; t < s.end_token; ++t) {
        const std::uint32_t n = ctx_.lexicon.plural_offices().longest_match(ctx_.keys.lower_id, t, entries);
        if (n == 0 || ctx_.mention_at_token[t] >= 0) continue;
        read_plural_title(Around{kNoMention, t, t + n, static_cast<int>(si), &s}, ctx_.lexicon.entry(entries.front()).key);
        t += n - 1;
      }
    }
  }

  void read_plural_title(const Around& a, const std::string& key) {
    std::vector<std::string> countries;
    std::size_t p = in(a, a.t_end, WordClass::genitive) ? country_list(a, a.t_end + 1, countries) : a.t_end;
    if (text(a, p) != ":" && text(a, p) != ",") return;
    std::vector<std::pair<int, std::string>> holders;  // a person's mention, and the country written before the name
    for (++p; p < a.s->end_token;) {
      std::string owner;
      int m = mention_at(a, p);
      if (resolved(m, EntityType::country) && end_of(a, m) < a.s->end_token && doc_.tokens[end_of(a, m)].kind == TokenKind::possessive) {
        owner = entity_of(m).id;
        p = end_of(a, m) + 1;
        m = mention_at(a, p);
      }
      if (!resolved(m, EntityType::person)) break;
      holders.emplace_back(m, owner);
      p = past_list_joint(a, end_of(a, m));
    }
    const Span span{doc_.tokens[a.t_first].span.begin, doc_.tokens[a.t_end - 1].span.end};
    for (std::size_t i = 0; i < holders.size(); ++i) {
      const auto& [holder, written] = holders[i];
      const std::string owner = !written.empty() ? written : countries.size() == holders.size() ? countries[i] : std::string();
      if (owner.empty()) continue;
      const std::string holder_id = entity_of(holder).id;
      stated_owner_by_person_.try_emplace(holder_id, owner);
      uses_.push_back({kNoMention, holder, holder_id, owner, {}, a.t_first, static_cast<std::size_t>(a.sentence), span.begin, {}, false, key, span});
    }
  }

  // The countries listed from token p ("Peru and Chile", "the Philippines, Peru and Chile"), or the few words
  // that count them ("five countries"); returns where the list ends.
  std::size_t country_list(const Around& a, std::size_t p, std::vector<std::string>& countries) const {
    constexpr std::size_t longest_count = 3;
    for (std::size_t words = 0; p < a.s->end_token && mention_at(a, p) < 0 && doc_.tokens[p].kind == TokenKind::word && words < longest_count; ++words) {
      if (in(a, p, WordClass::definite_article) && resolved(mention_at(a, p + 1), EntityType::country)) break;
      ++p;
    }
    if (in(a, p, WordClass::definite_article)) ++p;
    while (resolved(mention_at(a, p), EntityType::country)) {
      const int m = mention_at(a, p);
      countries.push_back(entity_of(m).id);
      const std::size_t after = end_of(a, m);
      const std::size_t next = past_list_joint(a, after);
      if (next == after || !resolved(mention_at(a, next), EntityType::country)) return after;
      p = next;
    }
    return p;
  }

  // Past a list's joint at t: ",", "and", ", and", and an article after it ("and the Central African Republic's X").
  std::size_t past_list_joint(const Around& a, std::size_t t) const {
    const std::size_t start = t;
    if (text(a, t) == ",") ++t;
    if (in(a, t, WordClass::additive_conjunction)) ++t;
    if (t == start) return t;
    return in(a, t, WordClass::definite_article) ? t + 1 : t;
  }

  // A known person's country (people lexicon) where the text states none.
  void add_known_people() {
    for (const Entity& entity : doc_.entities) {
      if (entity.type != EntityType::person || stated_owner_by_person_.contains(entity.id)) continue;
      const std::string_view country = ctx_.lexicon.person_country(entity.label);
      if (!country.empty()) stated_owner_by_person_[entity.id] = "country:" + std::string(country);
    }
  }

  void settle_implicit_owner(TitleUse& use) const {
    const Sentence& s = doc_.sentences[use.sentence];
    const std::string title_lower = text::lower(use.key);
    // "his spokesperson": the country of the person "his" stands for.
    if (const auto it = stated_owner_by_person_.find(use.possessor_id); it != stated_owner_by_person_.end() && is_country_id(it->second)) {
      use.owner_id = it->second;
      return;
    }
    // A person's owner, stated at another of their titles (before or after), wins over the document's dominant country;
    // an organization's though only for titles an organization can have ("Ambassador X, spokesperson of the Ministry").
    if (const auto it = stated_owner_by_person_.find(use.holder_id); it != stated_owner_by_person_.end()) {
      if (is_country_id(it->second) || ctx_.lexicon.office_scope(title_lower) != "state") use.owner_id = it->second;
    }
    // A delegation names its country once: "US officials, including Treasury Secretary X, ...".
    for (std::size_t t = use.t_first; use.owner_id.empty() && t > s.first_token + 1; --t) {
      const int m = ctx_.mention_at_token[t - 2];
      if (resolved(m, EntityType::country) && ctx_.in(t - 1, WordClass::delegation_noun)) use.owner_id = entity_of(m).id;
    }
    // Titles with a home of their own ("ambassador": unknown) are never guessed.
    if (use.owner_id.empty() && ctx_.lexicon.office_scope(title_lower) != "org" && ctx_.lexicon.office_home(title_lower).empty()) {
      // A story about an envoy posted to a country is told from there: "Ambassador to Nepal X called on Prime Minister Y".
      use.owner_id = host_country_.empty() ? dominant_country_ : host_country_;
      if (counterparts_country(use, use.owner_id)) use.owner_id.clear();
    }
  }

  // "Foreign Minister X met his Egyptian counterpart Y": Egypt is the other side's, never the country of a
  // holder named before the counterpart word.
  bool counterparts_country(const TitleUse& use, const std::string& country_id) const {
    const Sentence& s = doc_.sentences[use.sentence];
    for (std::size_t t = s.first_token + 1; t < s.end_token; ++t) {
      if (!ctx_.in(t, WordClass::counterpart_noun) || mention(use.holder).span.begin >= doc_.tokens[t].span.begin) continue;
      const int m = ctx_.mention_at_token[t - 1];
      if (resolved(m, EntityType::country) && entity_of(m).id == country_id) return true;
    }
    return false;
  }

  void emit(const TitleUse& use) {
    const std::string_view link = ctx_.lexicon.place_office_link();
    const std::string& title = use.with_portfolio.empty() ? use.key : use.with_portfolio;
    const std::string label = use.place.empty() || link.empty() ? title : title + " " + std::string(link) + " " + use.place;  // "mayor of Lisbon"
    const std::string office_id = make_office_id(use.owner_id, label);
    const int office = add_entity(doc_, EntityType::office, office_id, label);
    add_surface(doc_, office, use.span);
    // The title as written with its owner ("Cambodian Foreign Ministry spokesperson") is one of its names too.
    if (use.owner_begin < use.span.begin) add_alias(doc_.entities[static_cast<std::size_t>(office)], doc_.slice({use.owner_begin, use.span.end}));
    if (!use.written_with_portfolio.empty()) add_alias(doc_.entities[static_cast<std::size_t>(office)], use.written_with_portfolio);
    if (use.mention != kNoMention) doc_.mentions[use.mention].entity = office;
    const int holder = mention(use.holder).entity;
    if (use.owner_id.empty()) {
      doc_.holdings.push_back({holder, office, {}, {}, doc_.sentences[use.sentence].span});
      return;
    }
    const bool country = is_country_id(use.owner_id);
    // A government body's office is its country's too: its holder acts for that country.
    const std::string acts_for = country ? use.owner_id : country_of_body(use.owner_id);
    doc_.holdings.push_back({holder, office, use.owner_id, acts_for, doc_.sentences[use.sentence].span});
    Entity& office_entity = doc_.entities[static_cast<std::size_t>(office)];
    office_entity.attributes[country ? "country" : "organization"] = use.owner_id;
    if (acts_for.empty()) return;
    office_entity.attributes["country"] = acts_for;
    doc_.entities[static_cast<std::size_t>(holder)].attributes.try_emplace("country", acts_for);
  }

  // The country of a government body: named in it ("Cambodian Foreign Ministry"),
  // else, for a state's body by its head word ("the Foreign Ministry"), the
  // country the story is about.
  std::string country_of_body(const std::string& organization_id) const {
    if (const auto it = country_of_body_.find(organization_id); it != country_of_body_.end()) return it->second;
    const int body = ctx_.entity_by_id(organization_id);
    if (body < 0) return {};
    const std::string_view label = doc_.entities[static_cast<std::size_t>(body)].label;
    const std::size_t last_space = label.rfind(' ');
    const std::string_view head = label.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
    return ctx_.lexicon.org_head_kind(head) == "government" ? dominant_country_ : std::string();
  }

  Reading& ctx_;
  Document& doc_;
  std::string dominant_country_;
  std::string host_country_;  // where the first envoy of the story is posted ("Ambassador to Nepal"), else empty
  std::vector<std::string> body_country_;  // by mention: alpha-2 a government body acts for, or empty
  std::map<std::string, std::string> country_of_body_;  // government body's entity id -> its country's id
  std::map<int, std::string> stated_owner_by_holder_;          // by holder mention: lists share it
  std::map<int, std::string> stated_owner_by_title_;           // by office mention: appositions share it
  std::map<std::string, std::string> stated_owner_by_person_;  // by entity id, first stated (or known)
  std::vector<TitleUse> uses_;
};

}  // namespace

void resolve_offices(Reading& reading) {
  reading.doc.holdings.clear();
  OfficeRules(reading).run();
}

}  // namespace newsgraph
