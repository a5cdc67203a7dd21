#include "newsgraph/model.hpp"

namespace newsgraph {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::person: return "person";
    case EntityType::country: return "country";
    case EntityType::office: return "office";
    case EntityType::organization: return "organization";
    case EntityType::location: return "location";
  }
  return "person";
}

std::optional<EntityType> entity_type_from_string(std::string_view name) {
  for (EntityType t : {EntityType::person, EntityType::country, EntityType::office, EntityType::organization, EntityType::location}) {
    if (to_string(t) == name) return t;
  }
  return std::nullopt;
}

std::string_view to_string(MeetingStatus status) {
  switch (status) {
    case MeetingStatus::held: return "held";
    case MeetingStatus::planned: return "planned";
    case MeetingStatus::cancelled: return "cancelled";
  }
  return "held";
}

std::string_view to_string(MeetingMode mode) {
  switch (mode) {
    case MeetingMode::unknown: return "unknown";
    case MeetingMode::in_person: return "in_person";
    case MeetingMode::call: return "call";
  }
  return "unknown";
}

std::string_view to_string(StatementKind kind) { return kind == StatementKind::direct ? "direct" : "indirect"; }

}  // namespace newsgraph
