#include "vc/structure/open_badges_vocabulary.h"

namespace cairn::vc::structure {

const std::vector<std::string>& achievement_types() {
  static const std::vector<std::string> values{"Achievement",
                                               "ApprenticeshipCertificate",
                                               "Assessment",
                                               "Assignment",
                                               "AssociateDegree",
                                               "Award",
                                               "Badge",
                                               "BachelorDegree",
                                               "Certificate",
                                               "CertificateOfCompletion",
                                               "Certification",
                                               "CommunityService",
                                               "Competency",
                                               "Course",
                                               "CoCurricular",
                                               "Degree",
                                               "Diploma",
                                               "DoctoralDegree",
                                               "Fieldwork",
                                               "GeneralEducationDevelopment",
                                               "JourneymanCertificate",
                                               "LearningProgram",
                                               "License",
                                               "Membership",
                                               "ProfessionalDoctorate",
                                               "QualityAssuranceCredential",
                                               "MasterCertificate",
                                               "MasterDegree",
                                               "MicroCredential",
                                               "ResearchDoctorate",
                                               "SecondarySchoolDiploma"};
  return values;
}

const std::vector<std::string>& identifier_types() {
  static const std::vector<std::string> values{
      "name",          "sourcedId",    "systemId",        "productId",
      "userName",      "accountId",    "emailAddress",    "nationalIdentityNumber",
      "isbn",          "issn",         "lisSourcedId",    "oneRosterSourcedId",
      "sisSourcedId",  "ltiContextId", "ltiDeploymentId", "ltiToolId",
      "ltiPlatformId", "ltiUserId",    "identifier"};
  return values;
}

const std::vector<std::string>& alignment_target_types() {
  static const std::vector<std::string> values{
      "ceasn:Competency",  "ceterms:Credential",     "CFItem", "CFRubric",
      "CFRubricCriterion", "CFRubricCriterionLevel", "CTDL"};
  return values;
}

const std::vector<std::string>& result_types() {
  static const std::vector<std::string> values{
      "GradePointAverage",    "LetterGrade", "Percent",     "PerformanceLevel",
      "PredictedScore",       "RawScore",    "Result",      "RubricCriterion",
      "RubricCriterionLevel", "RubricScore", "ScaledScore", "Status"};
  return values;
}

}  // namespace cairn::vc::structure
