// Achievement images (app/achievement_images.h):
//   POST /api/v1/orgs/{org}/images   the picture's bytes as the body (a PNG or an SVG, 512 KiB at
//                                    most) -> 201 {"url"}: put it in an achievement's "image"
//                                    (token scope write; admins and owners); 400 with the reason
//                                    for anything else; 409 when the organisation holds 1,000
//                                    pictures already; 413 over the size.
//   GET  /images/{sha256}.{png|svg}  the picture, to anyone, cached for a year (it never changes
//                                    under its name); an SVG cannot run anything
//                                    (Content-Security-Policy: sandbox)
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database must outlive the router's use.
void add_image_routes(http::Router& router, store::Database& database, app::Instance instance);

}  // namespace cairn::api
