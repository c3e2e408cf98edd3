// Reading the few credential members the verifier and the signer both need, whichever shape the
// credential gives them (VC 2.0 and 1.1 allow `issuer` as a URL or as an object with an id).
//
// Thread-safety: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

namespace cairn::vc {

// The issuer's id: `issuer` itself when a string, `issuer.id` when an object; empty otherwise.
std::string issuer_id_of(const boost::json::object& credential);

// The string member `name` of `object`, or empty when it is absent or not a string.
std::string string_member(const boost::json::object& object, std::string_view name);

}  // namespace cairn::vc
