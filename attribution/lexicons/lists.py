"""The word lists of a Lexicon as attributes (`lex.titles`), and the unions of lists the rules read as one
set (`lex.government_or_organizations`): compiled with mypyc, an attribute is read from the object's
struct, where `lex.words["titles"]` looks the name up in a dict at each use: compiled, a
membership test then takes ~5x as long as through the attribute, and through `lex.union(...)` (a tuple
of names, its hash, a dict lookup) ~25x.

`WordLists` declares one attribute per name of `WORD_LISTS` (in its order) and one per union in
`UNIONS` (its names sorted and joined by `_or_`); `Lexicon.__post_init__` fills them. A list added to
`WORD_LISTS` gets a line here too (tests/test_lexicon_lists.py checks both).
"""

from __future__ import annotations

from typing import Final

# The unions of lists read as one set, each as sorted names.
UNIONS: Final[tuple[tuple[str, ...], ...]] = (
    ("addressee_verbs", "clause_verbs", "inverting_verbs"),
    ("addressee_verbs", "inverting_verbs"),
    ("addressees", "conduit_markers"),
    ("addressees", "conduit_markers", "outlet_nouns"),
    ("addressees", "determiners"),
    ("addressees", "determiners", "time_words"),
    ("adjuncts", "adverbial_starts"),
    ("adjuncts", "adverbial_starts", "content_blockers"),
    ("adjuncts", "time_words"),
    ("adverbial_starts", "adverbs"),
    ("adverbial_starts", "adverbs", "time_words"),
    ("adverbial_starts", "content_blockers", "source_stops"),
    ("adverbial_starts", "opening_words"),
    ("adverbial_starts", "time_words"),
    ("adverbs", "auxiliaries", "negations"),
    ("adverbs", "be_forms", "finite_auxiliaries"),
    ("adverbs", "clause_subjects"),
    ("adverbs", "clause_subjects", "pronouns"),
    ("adverbs", "complementizers", "content_blockers"),
    ("adverbs", "opening_words", "time_words"),
    ("adverbs", "prepositions"),
    ("adverbs", "time_words"),
    ("anonymous", "documents", "government"),
    ("anonymous", "documents", "titles"),
    ("anonymous", "government"),
    ("anonymous", "organizations", "titles"),
    ("anonymous", "private_titles"),
    ("anonymous", "pronouns"),
    ("anonymous", "quantifiers"),
    ("anonymous", "titles"),
    ("aspect_verbs", "finite_auxiliaries"),
    ("auxiliaries", "be_forms"),
    ("auxiliaries", "be_forms", "clause_subjects"),
    ("auxiliaries", "be_forms", "finite_auxiliaries"),
    ("auxiliaries", "be_forms", "negations"),
    ("auxiliaries", "be_forms", "quantifiers"),
    ("auxiliaries", "clause_subjects"),
    ("auxiliaries", "determiners", "subject_stops"),
    ("auxiliaries", "finite_auxiliaries"),
    ("auxiliaries", "negations"),
    ("auxiliaries", "source_stops"),
    ("auxiliaries", "subject_stops"),
    ("be_forms", "clause_subjects", "finite_auxiliaries"),
    ("be_forms", "complementizers", "finite_auxiliaries"),
    ("be_forms", "finite_auxiliaries"),
    ("be_forms", "finite_auxiliaries", "irregular_pasts"),
    ("be_forms", "finite_auxiliaries", "pronouns"),
    ("be_forms", "pronouns"),
    ("body_names", "organizations"),
    ("capitals", "cities"),
    ("capitals", "countries"),
    ("clause_subjects", "complementizers", "wh_words"),
    ("clause_subjects", "determiners"),
    ("clause_subjects", "determiners", "prepositions"),
    ("clause_subjects", "determiners", "quantifiers"),
    ("clause_subjects", "finite_auxiliaries"),
    ("clause_subjects", "pronouns"),
    ("clause_subjects", "relatives", "wh_words"),
    ("complementizers", "determiners"),
    ("complementizers", "finite_auxiliaries"),
    ("complementizers", "issued_by"),
    ("complementizers", "prepositions"),
    ("complementizers", "source_stops", "subject_stops"),
    ("content_blockers", "determiners"),
    ("content_blockers", "opening_words", "subordinators"),
    ("content_blockers", "subordinators"),
    ("determiners", "name_connectors"),
    ("determiners", "possessives"),
    ("determiners", "prepositions"),
    ("determiners", "prepositions", "subject_stops"),
    ("determiners", "pronouns"),
    ("determiners", "pronouns", "quantifiers"),
    ("determiners", "quantifiers"),
    ("determiners", "quantifiers", "titles"),
    ("determiners", "source_stops", "titles"),
    ("determiners", "title_modifiers"),
    ("documents", "government", "organizations"),
    ("documents", "poll_nouns", "pronouns"),
    ("documents", "report_nouns"),
    ("documents", "shown_media"),
    ("exclaiming_verbs", "inverting_verbs"),
    ("female_names", "male_names"),
    ("female_names", "male_names", "titles"),
    ("government", "organizations"),
    ("government", "organizations", "pronouns"),
    ("government", "title_nouns"),
    ("irregular_pasts", "movement_verbs"),
    ("leading_conjunctions", "subject_stops", "verb_particles"),
    ("leading_conjunctions", "subject_stops", "wh_words"),
    ("leading_conjunctions", "subordinators"),
    ("masdar_governors", "prepositions"),
    ("months", "pronouns", "time_words"),
    ("months", "time_words"),
    ("name_connectors", "prepositions"),
    ("name_connectors", "professions"),
    ("outlet_nouns", "titles"),
    ("possessives", "pronouns"),
    ("prepositions", "pronouns", "subordinators"),
    ("prepositions", "subordinators"),
    ("professions", "titles"),
    ("pronouns", "relatives"),
    ("pronouns", "source_stops", "subject_stops"),
    ("quoted_object_verbs", "quoting_verbs"),
    ("resumptives", "source_stops"),
    ("speech_masdars", "stance_nouns"),
)


class WordLists:
    """One frozenset of folded single-word keys per word list, then one per union."""

    complementizers: frozenset[str]
    conduit_markers: frozenset[str]
    anonymous: frozenset[str]
    titles: frozenset[str]
    pronouns: frozenset[str]
    furniture: frozenset[str]
    clause_breaks: frozenset[str]
    source_stops: frozenset[str]
    subject_stops: frozenset[str]
    determiners: frozenset[str]
    documents: frozenset[str]
    shown_media: frozenset[str]
    government: frozenset[str]
    auxiliaries: frozenset[str]
    abbreviations: frozenset[str]
    proclitics: frozenset[str]
    anonymity_markers: frozenset[str]
    quantifiers: frozenset[str]
    cue_blockers: frozenset[str]
    adverbial_starts: frozenset[str]
    according_fillers: frozenset[str]
    concessive_openers: frozenset[str]
    concessive_answers: frozenset[str]
    content_stops: frozenset[str]
    adverbs: frozenset[str]
    title_nouns: frozenset[str]
    content_blockers: frozenset[str]
    clause_subjects: frozenset[str]
    leading_conjunctions: frozenset[str]
    participle_blockers: frozenset[str]
    cue_prepositions: frozenset[str]
    resumptives: frozenset[str]
    negations: frozenset[str]
    masdar_governors: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    movement_verbs: frozenset[str]
    irregular_pasts: frozenset[str]
    relay_markers: frozenset[str]
    distributives: frozenset[str]
    body_names: frozenset[str]
    object_cues: frozenset[str]
    relatives: frozenset[str]
    topic_markers: frozenset[str]
    norms: frozenset[str]
    prayers: frozenset[str]
    object_required: frozenset[str]
    prepositions: frozenset[str]
    concessive_particles: frozenset[str]
    subordinate_openers: frozenset[str]
    issued_by: frozenset[str]
    organizations: frozenset[str]
    passive_subjects: frozenset[str]
    announcing_passives: frozenset[str]
    adjectives: frozenset[str]
    verb_particles: frozenset[str]
    time_words: frozenset[str]
    passive_spellings: frozenset[str]
    occasions: frozenset[str]
    professions: frozenset[str]
    speech_masdars: frozenset[str]
    stance_nouns: frozenset[str]
    indicating_verbs: frozenset[str]
    representatives: frozenset[str]
    same_markers: frozenset[str]
    outlet_nouns: frozenset[str]
    honorifics: frozenset[str]
    capitals: frozenset[str]
    cities: frozenset[str]
    region_nouns: frozenset[str]
    addressee_verbs: frozenset[str]
    inverting_verbs: frozenset[str]
    exclaiming_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    subordinators: frozenset[str]
    adjuncts: frozenset[str]
    wh_words: frozenset[str]
    continuation_verbs: frozenset[str]
    be_forms: frozenset[str]
    quoting_verbs: frozenset[str]
    prepositional_ing: frozenset[str]
    addressees: frozenset[str]
    finite_auxiliaries: frozenset[str]
    ly_nouns: frozenset[str]
    name_connectors: frozenset[str]
    opening_words: frozenset[str]
    finding_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    source_modifiers: frozenset[str]
    months: frozenset[str]
    report_nouns: frozenset[str]
    promising_verbs: frozenset[str]
    other_markers: frozenset[str]
    title_modifiers: frozenset[str]
    preposition_cues: frozenset[str]
    impersonal_verbs: frozenset[str]
    latter_words: frozenset[str]
    group_nouns: frozenset[str]
    referring_heads: frozenset[str]
    section_labels: frozenset[str]
    blessings: frozenset[str]
    gestures: frozenset[str]
    inscription_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    manner_adverbs: frozenset[str]
    standalone_titles: frozenset[str]
    aspect_verbs: frozenset[str]
    poll_nouns: frozenset[str]
    that_participles: frozenset[str]
    inability_modals: frozenset[str]
    name_nouns: frozenset[str]
    private_titles: frozenset[str]
    regarding_verbs: frozenset[str]
    past_cues: frozenset[str]
    adding_verbs: frozenset[str]
    hoping_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    view_nouns: frozenset[str]
    possessives: frozenset[str]
    estimate_nouns: frozenset[str]
    calling_verbs: frozenset[str]
    posting_verbs: frozenset[str]
    posted_nouns: frozenset[str]
    expecting_verbs: frozenset[str]
    company_words: frozenset[str]
    wanting_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    company_heads: frozenset[str]
    epithets: frozenset[str]
    remark_nouns: frozenset[str]
    feeling_verbs: frozenset[str]
    publishing_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    object_reports: frozenset[str]
    disclosing_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    failing_verbs: frozenset[str]
    convening_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    replying_verbs: frozenset[str]
    comparatives: frozenset[str]
    article_verbs: frozenset[str]
    connective_asides: frozenset[str]
    preverbal_adverbs: frozenset[str]
    countries: frozenset[str]
    inscription_nouns: frozenset[str]
    member_openers: frozenset[str]
    intention_verbs: frozenset[str]
    questioning_verbs: frozenset[str]
    objectless_verbs: frozenset[str]
    event_nouns: frozenset[str]
    correspondents: frozenset[str]
    one_of_them: frozenset[str]
    counterparts: frozenset[str]
    charging_verbs: frozenset[str]
    describing_verbs: frozenset[str]
    agent_passives: frozenset[str]
    causative_verbs: frozenset[str]
    knowing_verbs: frozenset[str]
    stance_adjectives: frozenset[str]
    linking_verbs: frozenset[str]
    chance_nouns: frozenset[str]
    unowned_report_nouns: frozenset[str]
    voicing_verbs: frozenset[str]
    bare_connectives: frozenset[str]
    body_markers: frozenset[str]
    claim_objects: frozenset[str]
    document_cues: frozenset[str]
    remark_openers: frozenset[str]
    background_verbs: frozenset[str]
    civic_places: frozenset[str]
    landmark_nouns: frozenset[str]
    approximators: frozenset[str]
    bare_cues: frozenset[str]
    refusing_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    verdict_verbs: frozenset[str]
    compound_prepositions: frozenset[str]
    measure_nouns: frozenset[str]
    broken_un_nouns: frozenset[str]
    noun_compounds: frozenset[str]
    interview_markers: frozenset[str]
    earlier_versions: frozenset[str]
    caption_credits: frozenset[str]
    platform_nouns: frozenset[str]
    likening_verbs: frozenset[str]
    agreeing_verbs: frozenset[str]
    issued_verbs: frozenset[str]
    generic_heads: frozenset[str]
    title_abbreviations: frozenset[str]
    indefinite_pronouns: frozenset[str]
    fee_nouns: frozenset[str]
    missions: frozenset[str]
    furniture_headers: frozenset[str]
    bio_roles: frozenset[str]
    topic_openers: frozenset[str]
    written_by: frozenset[str]
    first_person_openers: frozenset[str]
    returning_verbs: frozenset[str]
    coach_titles: frozenset[str]
    writer_titles: frozenset[str]
    increasing_verbs: frozenset[str]
    facing_verbs: frozenset[str]
    writing_verbs: frozenset[str]
    repetition_adverbs: frozenset[str]
    masthead_words: frozenset[str]
    title_synonyms: frozenset[str]
    credit_lines: frozenset[str]
    arrangement_verbs: frozenset[str]
    promo_prompts: frozenset[str]
    social_networks: frozenset[str]
    purpose_phrases: frozenset[str]
    attack_nouns: frozenset[str]
    name_roles: frozenset[str]
    kin_nouns: frozenset[str]
    comparative_cues: frozenset[str]
    handling_verbs: frozenset[str]
    state_markers: frozenset[str]
    media_plurals: frozenset[str]
    hearsay_nouns: frozenset[str]
    proving_verbs: frozenset[str]
    depicting_verbs: frozenset[str]
    durations: frozenset[str]
    wishing_verbs: frozenset[str]
    reason_phrases: frozenset[str]
    degree_adjectives: frozenset[str]
    object_nouns: frozenset[str]
    death_words: frozenset[str]
    observer_groups: frozenset[str]
    body_followers: frozenset[str]
    person_nouns: frozenset[str]
    quoted_object_verbs: frozenset[str]
    topic_participles: frozenset[str]
    object_taking_reports: frozenset[str]
    rank_words: frozenset[str]
    continents: frozenset[str]
    trade_nouns: frozenset[str]
    role_titles: frozenset[str]
    suspending_verbs: frozenset[str]
    party_adjectives: frozenset[str]
    tweeting_verbs: frozenset[str]

    addressee_verbs_or_clause_verbs_or_inverting_verbs: frozenset[str]
    addressee_verbs_or_inverting_verbs: frozenset[str]
    addressees_or_conduit_markers: frozenset[str]
    addressees_or_conduit_markers_or_outlet_nouns: frozenset[str]
    addressees_or_determiners: frozenset[str]
    addressees_or_determiners_or_time_words: frozenset[str]
    adjuncts_or_adverbial_starts: frozenset[str]
    adjuncts_or_adverbial_starts_or_content_blockers: frozenset[str]
    adjuncts_or_time_words: frozenset[str]
    adverbial_starts_or_adverbs: frozenset[str]
    adverbial_starts_or_adverbs_or_time_words: frozenset[str]
    adverbial_starts_or_content_blockers_or_source_stops: frozenset[str]
    adverbial_starts_or_opening_words: frozenset[str]
    adverbial_starts_or_time_words: frozenset[str]
    adverbs_or_auxiliaries_or_negations: frozenset[str]
    adverbs_or_be_forms_or_finite_auxiliaries: frozenset[str]
    adverbs_or_clause_subjects: frozenset[str]
    adverbs_or_clause_subjects_or_pronouns: frozenset[str]
    adverbs_or_complementizers_or_content_blockers: frozenset[str]
    adverbs_or_opening_words_or_time_words: frozenset[str]
    adverbs_or_prepositions: frozenset[str]
    adverbs_or_time_words: frozenset[str]
    anonymous_or_documents_or_government: frozenset[str]
    anonymous_or_documents_or_titles: frozenset[str]
    anonymous_or_government: frozenset[str]
    anonymous_or_organizations_or_titles: frozenset[str]
    anonymous_or_private_titles: frozenset[str]
    anonymous_or_pronouns: frozenset[str]
    anonymous_or_quantifiers: frozenset[str]
    anonymous_or_titles: frozenset[str]
    aspect_verbs_or_finite_auxiliaries: frozenset[str]
    auxiliaries_or_be_forms: frozenset[str]
    auxiliaries_or_be_forms_or_clause_subjects: frozenset[str]
    auxiliaries_or_be_forms_or_finite_auxiliaries: frozenset[str]
    auxiliaries_or_be_forms_or_negations: frozenset[str]
    auxiliaries_or_be_forms_or_quantifiers: frozenset[str]
    auxiliaries_or_clause_subjects: frozenset[str]
    auxiliaries_or_determiners_or_subject_stops: frozenset[str]
    auxiliaries_or_finite_auxiliaries: frozenset[str]
    auxiliaries_or_negations: frozenset[str]
    auxiliaries_or_source_stops: frozenset[str]
    auxiliaries_or_subject_stops: frozenset[str]
    be_forms_or_clause_subjects_or_finite_auxiliaries: frozenset[str]
    be_forms_or_complementizers_or_finite_auxiliaries: frozenset[str]
    be_forms_or_finite_auxiliaries: frozenset[str]
    be_forms_or_finite_auxiliaries_or_irregular_pasts: frozenset[str]
    be_forms_or_finite_auxiliaries_or_pronouns: frozenset[str]
    be_forms_or_pronouns: frozenset[str]
    body_names_or_organizations: frozenset[str]
    capitals_or_cities: frozenset[str]
    capitals_or_countries: frozenset[str]
    clause_subjects_or_complementizers_or_wh_words: frozenset[str]
    clause_subjects_or_determiners: frozenset[str]
    clause_subjects_or_determiners_or_prepositions: frozenset[str]
    clause_subjects_or_determiners_or_quantifiers: frozenset[str]
    clause_subjects_or_finite_auxiliaries: frozenset[str]
    clause_subjects_or_pronouns: frozenset[str]
    clause_subjects_or_relatives_or_wh_words: frozenset[str]
    complementizers_or_determiners: frozenset[str]
    complementizers_or_finite_auxiliaries: frozenset[str]
    complementizers_or_issued_by: frozenset[str]
    complementizers_or_prepositions: frozenset[str]
    complementizers_or_source_stops_or_subject_stops: frozenset[str]
    content_blockers_or_determiners: frozenset[str]
    content_blockers_or_opening_words_or_subordinators: frozenset[str]
    content_blockers_or_subordinators: frozenset[str]
    determiners_or_name_connectors: frozenset[str]
    determiners_or_possessives: frozenset[str]
    determiners_or_prepositions: frozenset[str]
    determiners_or_prepositions_or_subject_stops: frozenset[str]
    determiners_or_pronouns: frozenset[str]
    determiners_or_pronouns_or_quantifiers: frozenset[str]
    determiners_or_quantifiers: frozenset[str]
    determiners_or_quantifiers_or_titles: frozenset[str]
    determiners_or_source_stops_or_titles: frozenset[str]
    determiners_or_title_modifiers: frozenset[str]
    documents_or_government_or_organizations: frozenset[str]
    documents_or_poll_nouns_or_pronouns: frozenset[str]
    documents_or_report_nouns: frozenset[str]
    documents_or_shown_media: frozenset[str]
    exclaiming_verbs_or_inverting_verbs: frozenset[str]
    female_names_or_male_names: frozenset[str]
    female_names_or_male_names_or_titles: frozenset[str]
    government_or_organizations: frozenset[str]
    government_or_organizations_or_pronouns: frozenset[str]
    government_or_title_nouns: frozenset[str]
    irregular_pasts_or_movement_verbs: frozenset[str]
    leading_conjunctions_or_subject_stops_or_verb_particles: frozenset[str]
    leading_conjunctions_or_subject_stops_or_wh_words: frozenset[str]
    leading_conjunctions_or_subordinators: frozenset[str]
    masdar_governors_or_prepositions: frozenset[str]
    months_or_pronouns_or_time_words: frozenset[str]
    months_or_time_words: frozenset[str]
    name_connectors_or_prepositions: frozenset[str]
    name_connectors_or_professions: frozenset[str]
    outlet_nouns_or_titles: frozenset[str]
    possessives_or_pronouns: frozenset[str]
    prepositions_or_pronouns_or_subordinators: frozenset[str]
    prepositions_or_subordinators: frozenset[str]
    professions_or_titles: frozenset[str]
    pronouns_or_relatives: frozenset[str]
    pronouns_or_source_stops_or_subject_stops: frozenset[str]
    quoted_object_verbs_or_quoting_verbs: frozenset[str]
    resumptives_or_source_stops: frozenset[str]
    speech_masdars_or_stance_nouns: frozenset[str]
