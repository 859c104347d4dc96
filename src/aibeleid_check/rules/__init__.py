"""The explicit registry of built-in rules. Codes are unique; plugins add theirs through the plugin manager."""

from __future__ import annotations

from aibeleid_check.rules.a4_fit import A4Fit
from aibeleid_check.rules.a4_omitted import A4Omitted
from aibeleid_check.rules.ambiguous_value import AmbiguousValue
from aibeleid_check.rules.bad_key import BadKey
from aibeleid_check.rules.base import Context, Hit, Rule, validate_rule_class
from aibeleid_check.rules.contact import ContactReachable
from aibeleid_check.rules.dates import FutureDate, InvalidDate, StalePolicy
from aibeleid_check.rules.document import DocumentForm, NoPolicyStructure, UnknownHeading
from aibeleid_check.rules.duplicate_key import DuplicateKey
from aibeleid_check.rules.empty_file import EmptyFile
from aibeleid_check.rules.encoding import Encoding
from aibeleid_check.rules.invalid_value import InvalidValue
from aibeleid_check.rules.limits import Limits
from aibeleid_check.rules.not_mapping import NotMapping
from aibeleid_check.rules.organisation import Organisation
from aibeleid_check.rules.personal_data import PersonalDataContradiction
from aibeleid_check.rules.prohibited import EmotionRecognition
from aibeleid_check.rules.required_fields import RequiredFields
from aibeleid_check.rules.rule_crash import RuleCrashed
from aibeleid_check.rules.rule_lists import (
    EmptyRule,
    ForbiddenRulesPresent,
    NoAllowedRules,
    RuleOutsideLists,
    UnknownRuleId,
    UnquotedRule,
)
from aibeleid_check.rules.shadow_ai import ConsumerPlanApproved, PrivateAccountsAllowed
from aibeleid_check.rules.streng.accounts import WorkAccountsOnly
from aibeleid_check.rules.streng.approval import ApprovalRoute
from aibeleid_check.rules.streng.breach import BreachRoute
from aibeleid_check.rules.streng.catalogue import CatalogueNoAgreement, ConsumerPlanPersonalData
from aibeleid_check.rules.streng.decisions import HumanDecides
from aibeleid_check.rules.streng.imagery import IntimateImagery
from aibeleid_check.rules.streng.literacy import AiLiteracy
from aibeleid_check.rules.streng.people import DpiaQuestion, HighRiskHr, LiteracyScope
from aibeleid_check.rules.streng.review import ReviewDate
from aibeleid_check.rules.streng.special_data import SpecialCategories
from aibeleid_check.rules.streng.tools import ToolDetails
from aibeleid_check.rules.streng.training import TrainingOnInputs
from aibeleid_check.rules.streng.transparency import Transparency, TransparencyNotice
from aibeleid_check.rules.suppression_reason import SuppressionWithoutReason
from aibeleid_check.rules.suppression_unused import UnusedSuppression
from aibeleid_check.rules.tools import DuplicateTool, PersonalDataWithoutAgreement, ProcessingAgreement, ToolName
from aibeleid_check.rules.unknown_key import UnknownKey
from aibeleid_check.rules.unreadable import Unreadable
from aibeleid_check.rules.unsafe_tag import UnsafeTag
from aibeleid_check.rules.yaml_syntax import YamlSyntax

BUILTIN_RULES: tuple[type[Rule], ...] = (
    YamlSyntax,
    DuplicateKey,
    UnsafeTag,
    Encoding,
    EmptyFile,
    NotMapping,
    Limits,
    Unreadable,
    BadKey,
    DocumentForm,
    NoPolicyStructure,
    UnknownKey,
    UnknownHeading,
    InvalidValue,
    AmbiguousValue,
    Organisation,
    RequiredFields,
    InvalidDate,
    FutureDate,
    StalePolicy,
    ToolName,
    ProcessingAgreement,
    PersonalDataWithoutAgreement,
    DuplicateTool,
    ForbiddenRulesPresent,
    NoAllowedRules,
    UnknownRuleId,
    UnquotedRule,
    EmptyRule,
    RuleOutsideLists,
    ContactReachable,
    PersonalDataContradiction,
    ConsumerPlanApproved,
    PrivateAccountsAllowed,
    EmotionRecognition,
    A4Fit,
    A4Omitted,
    AiLiteracy,
    BreachRoute,
    ReviewDate,
    SpecialCategories,
    HumanDecides,
    ToolDetails,
    Transparency,
    TransparencyNotice,
    ApprovalRoute,
    CatalogueNoAgreement,
    ConsumerPlanPersonalData,
    WorkAccountsOnly,
    TrainingOnInputs,
    HighRiskHr,
    LiteracyScope,
    DpiaQuestion,
    IntimateImagery,
    RuleCrashed,
    SuppressionWithoutReason,
    UnusedSuppression,
)

__all__ = ["BUILTIN_RULES", "Context", "Hit", "Rule", "validate_rule_class"]
