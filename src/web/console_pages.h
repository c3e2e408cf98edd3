// The issuer console, for members of issuer organisations (others are sent to /sign-in and back;
// the use cases in app/ decide what each role may do, as for the API):
//   GET  /console                                the signed-in account's organisations
//   GET  /console/{org}                          an organisation: its achievements, what to do
//   GET  /console/{org}/achievements/new         the achievement editor (OB 3.0 and the EU
//                                                micro-credential elements, skills)
//   POST /console/{org}/achievements             defines it: 303 to the organisation, or the
//                                                editor again saying which field is wrong
//   GET  /console/{org}/achievements/{a}/edit    the editor with the current version
//   POST /console/{org}/achievements/{a}         revises it into a new version (what the editor
//                                                does not show, such as tags, is kept)
//   GET  /console/{org}/awards/bulk              a CSV upload (file or pasted), duplicate policy
//   POST /console/{org}/awards/bulk              action=check: the first rows and every problem;
//                                                action=start: the job (303 to its page), unless a
//                                                row has a problem
//   GET  /console/{org}/jobs/{job}               a job's progress (done/total, rate, ETA), live
//                                                with progress.js, a refresh link without it
//   GET  /console/{org}/awards/new               the form to award one credential (recipient,
//                                                evidence, expiry)
//   POST /console/{org}/awards                   issues it: 303 to it in the credentials list
//   GET  /console/{org}/settings                 the profile credentials show, and the signing keys
//   POST /console/{org}/keys                     action=rotate (a new key signs from now on) or
//                                                revoke (key=<fragment>): 303 back, or why not
//   GET  /console/{org}/members                  the team and their roles, the pending
//                                                invitations, and a form to add one
//   POST /console/{org}/members                  action=add (email, role: an address without
//                                                an account is invited), role (user, role),
//                                                remove (user) or withdraw (email, an
//                                                invitation): 303 back (after an add, saying
//                                                who was added or invited), or the page with why
//   GET  /console/{org}/credentials              the credentials issued, newest first: search by
//                                                recipient, filter by achievement and state,
//                                                50 a page
//   POST /console/{org}/credentials/{id}/status  action=revoke|suspend|unsuspend with a reason:
//                                                303 back to the list
// Every POST carries the session's CSRF token.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"
#include "web/page_responder.h"

namespace cairn::web {

// Everything must outlive the router's use.
void add_console_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                       app::Instance instance);

}  // namespace cairn::web
