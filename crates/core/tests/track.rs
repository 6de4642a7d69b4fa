//! The track assessment through its public API: each track, the precedence, the 80 % rule at
//! its boundary, the start phase, configuration, archetypes, overrides, bad input – and that an
//! origin or ethnicity field changes nothing.

use jobspor_core::track::{assign_track_json, Track, TrackIndicator, TrackResult};
use serde_json::{json, Value};

const BASE: &str = include_str!("../../../tests/fixtures/track/profile.json");
const CV_GOOD: &str = include_str!("../../../tests/fixtures/cv-example.json");

fn base() -> Value {
    serde_json::from_str(BASE).unwrap()
}

fn with(patch: Value) -> Value {
    let mut p = base();
    for (k, v) in patch.as_object().unwrap() {
        p[k] = v.clone();
    }
    p
}

fn assess(p: &Value, config: Option<Value>) -> TrackResult {
    assign_track_json(&p.to_string(), config.map(|c| c.to_string()).as_deref()).unwrap()
}

fn codes(r: &TrackResult) -> Vec<&str> {
    r.reasons.iter().map(|r| r.rule.as_str()).collect()
}

fn err(p: &str, c: Option<&str>) -> jobspor_core::InputError {
    assign_track_json(p, c).unwrap_err()
}

#[test]
fn main_road_when_ready_for_a_job() {
    let r = assess(&base(), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert_eq!(r.proposed_track, Some(Track::IntensiveJobSearch));
    assert_eq!(r.track_title.da, "Intensiv jobsøgning");
    assert!(!r.long_term_unemployed);
    assert_eq!(r.eligible, vec![Track::IntensiveJobSearch]);
    assert!(codes(&r).contains(&"TR101"));
    assert_eq!(r.core_elements.len(), 4);
    assert_eq!(r.core_elements[1].title.da, "Sørg for, at alle samtaler tager afsæt i konkrete job");
    assert_eq!(r.core_elements[1].actions[0].text.da, "Giv den ledige eksempler på konkrete jobopslag ved hver samtale.");
    assert_eq!(r.core_elements[1].actions[0].id, "intensive.concrete_jobs.1");
    assert!(r.core_elements.iter().all(|e| e.actions.iter().all(|a| !a.text.en.is_empty())));
    // Short upskilling keeps a not-yet-ready person on the main road.
    let r = assess(&with(json!({"ready_for_job_now": false, "needs_short_upskilling": "obu"})), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert!(codes(&r).contains(&"TR102") && !codes(&r).contains(&"TR103"));
    assert!(r.reasons.iter().any(|x| x.message.da.contains("OBU")));
}

#[test]
fn education_boost_for_the_unskilled_who_want_it() {
    let r = assess(&with(json!({"wants_education": true})), None);
    assert_eq!(r.track, Some(Track::EducationBoost));
    assert_eq!(codes(&r), ["TR101", "TR201", "TR204", "TR401"]);
    assert_eq!(r.core_elements.len(), 2);
    assert_eq!(r.core_elements[0].id, "education.overview");
    // The main road was eligible too: it lost on precedence, which the alternative says.
    let main = r.alternatives.iter().find(|a| a.track == Track::IntensiveJobSearch).unwrap();
    assert!(main.eligible);
    assert_eq!(main.requires[0].rule, "TR401");

    // Skilled with an education in use: not the target group, however much they want it.
    let r = assess(&with(json!({"wants_education": true, "education_level": "vocational"})), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    let eb = r.alternatives.iter().find(|a| a.track == Track::EducationBoost).unwrap();
    assert!(!eb.eligible);
    assert_eq!(eb.requires.iter().map(|q| q.rule.as_str()).collect::<Vec<_>>(), ["TR201"]);
    // …unless the education has not been used for five years, or the person changes trade.
    for patch in [json!({"education_last_used_years_ago": 5}), json!({"career_changer": true})] {
        let mut p = with(json!({"wants_education": true, "education_level": "master"}));
        for (k, v) in patch.as_object().unwrap() {
            p[k] = v.clone();
        }
        assert_eq!(assess(&p, None).track, Some(Track::EducationBoost), "{patch}");
    }
    // Not wanting it: the alternative lists the wish.
    let r = assess(&base(), None);
    let eb = r.alternatives.iter().find(|a| a.track == Track::EducationBoost).unwrap();
    assert_eq!(eb.requires.iter().map(|q| q.rule.as_str()).collect::<Vec<_>>(), ["TR204"]);
}

/// Issue 12: seed 001 (star-guide-jobparate-ledige.txt l. 88) sets no age for Uddannelsesløft:
/// "Målgruppen er særligt ufaglærte og sporskifttere, der med fordel kan få et uddannelsesløft";
/// seed 004 (marselisborg-langtidsledighed-guide.txt l. 707–708): "med mindre de unge allerede har
/// en uddannelse, er det uddannelse, der er retningsgivende". A 25-year-old unskilled person who
/// wants education gets the boost; an age limit is only the host's setting, off by default.
#[test]
fn education_boost_age_rule_is_configuration() {
    let young = with(json!({"age": 25, "wants_education": true}));
    let r = assess(&young, None);
    assert_eq!(r.track, Some(Track::EducationBoost));
    assert!(!codes(&r).contains(&"TR205"));
    // A host's own age limit still works, and is called the host's, not the seed's.
    let r = assess(&young, Some(json!({"euv_min_age": 30})));
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    let tr205 = r.reasons.iter().find(|x| x.rule == "TR205").unwrap();
    assert!(tr205.message.da.contains("værtens aldersgrænse") && !tr205.message.da.contains("regler for unge"), "{}", tr205.message.da);
    let eb = r.alternatives.iter().find(|a| a.track == Track::EducationBoost).unwrap();
    assert!(eb.requires.iter().any(|q| q.rule == "TR205" && q.text.da.contains("30")));
    assert_eq!(assess(&young, Some(json!({"euv_min_age": null}))).track, Some(Track::EducationBoost));
    assert_eq!(assess(&young, Some(json!({"euv_min_age": 25}))).track, Some(Track::EducationBoost));
    // Unknown age does not block.
    assert_eq!(assess(&with(json!({"age": null, "wants_education": true})), None).track, Some(Track::EducationBoost));
}

#[test]
fn long_term_risk_track() {
    let r = assess(&with(json!({"benefit_weeks_last_52": 44, "weeks_unemployed": 44})), None);
    assert_eq!(r.track, Some(Track::LongTermRisk));
    assert!(r.long_term_unemployed);
    // Issue 12: 39 weeks is no individual risk point by default (seed 004 l. 736–738, 4432).
    assert_eq!(codes(&r), ["TR101", "TR201", "TR301", "TR305", "TR401"]);
    assert_eq!((r.risk.score, r.risk.threshold, r.risk.at_risk), (3.0, 3.0, true));
    let ids: Vec<TrackIndicator> = r.risk.indicators.iter().map(|i| i.id).collect();
    assert_eq!(ids, [TrackIndicator::LongTermUnemployed]);
    assert_eq!(r.core_elements.len(), 3);
    assert!(r.core_elements[1].actions[2].text.da.contains("vikarbureau"));
    // Risk indicators add up: over 40 (1) + two of Mploy's list (2) = 3.
    let p = with(json!({"age": 41, "indicators": {"no_network": true, "narrow_or_few_applications": true}}));
    let r = assess(&p, None);
    assert_eq!(r.track, Some(Track::LongTermRisk));
    assert_eq!(r.risk.score, 3.0);
    assert!(codes(&r).contains(&"TR303") && codes(&r).contains(&"TR304"));
    // Two are not enough; the alternative says what the risk track would take.
    let r = assess(&with(json!({"indicators": {"no_network": true, "low_mobility": true}})), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    let risk = r.alternatives.iter().find(|a| a.track == Track::LongTermRisk).unwrap();
    assert!(risk.requires[0].text.da.starts_with("En risikoscore på mindst 3 (nu 2)"), "{}", risk.requires[0].text.da);
    // Issue 12: not ready now is no longer the risk track – see not_job_ready_is_outside_the_three_tracks.
    let r = assess(&with(json!({"ready_for_job_now": false})), None);
    assert_eq!(r.track, None);
    assert!(r.eligible.is_empty());
    let main = r.alternatives.iter().find(|a| a.track == Track::IntensiveJobSearch).unwrap();
    assert!(main.requires.iter().any(|q| q.rule == "TR103"));
}

/// Issue 12: seed 001 is "Den gode indsats for jobparate ledige" (star-guide-jobparate-ledige.txt
/// l. 5) with "Figur: Spor for jobparate" (l. 23); the main road's target group is "ledige, der er
/// klar til at gå direkte i job – evt. via kort opkvalificering" (l. 55); seed 004 limits itself to
/// "langtidsledige, men jobklare borgere" (marselisborg-langtidsledighed-guide.txt l. 76–77).
/// Someone not job-ready gets no track, and what to do instead.
#[test]
fn not_job_ready_is_outside_the_three_tracks() {
    let r = assess(&with(json!({"ready_for_job_now": false, "benefit_weeks_last_52": 50, "indicators": {"no_network": true}})), None);
    assert_eq!((r.track, r.proposed_track), (None, None));
    assert_eq!(r.track_title.da, "Uden for målgruppen for de tre spor");
    assert!(r.core_elements.is_empty());
    let o = r.outside_target_group.as_ref().expect("outside the target group");
    assert_eq!(o.rule, "TR404");
    assert!(!o.instead.is_empty() && o.instead[0].da.contains("kort opkvalificering") && o.instead[0].da.contains("ikke-jobparate"), "{:?}", o.instead);
    assert!(codes(&r).contains(&"TR404") && !codes(&r).contains(&"TR402"));
    // All three tracks are alternatives, each needing job-readiness first.
    assert_eq!(r.alternatives.len(), 3);
    assert!(r.alternatives.iter().all(|a| !a.eligible && a.requires[0].rule == "TR404"));
    // Short upskilling makes the person job-ready: the main road.
    let r = assess(&with(json!({"ready_for_job_now": false, "needs_short_upskilling": "certificate"})), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert!(r.outside_target_group.is_none());
    // A caseworker can still choose a track, with a reason.
    let r = assess(&with(json!({"ready_for_job_now": false})), Some(json!({"override": {"track": "long_term_risk", "reason": "Praktik aftalt"}})));
    assert_eq!((r.track, r.proposed_track), (Some(Track::LongTermRisk), None));
    assert!(r.reasons.iter().any(|x| x.rule == "TR403" && x.message.da.contains("uden for målgruppen")), "{:?}", r.reasons);
    // Seed 001's collaboration note for Uddannelsesløft (l. 90) is among the track's texts.
    let note = jobspor_core::track::tracks().into_iter().find(|t| t.id == Track::EducationBoost).unwrap().note;
    assert!(note.unwrap().da.contains("uddannelsesambassadør"));
    assert!(jobspor_core::track::tracks().into_iter().filter(|t| t.id != Track::EducationBoost).all(|t| t.note.is_none()));
}

/// Issue 12: seed 004 gives the indicators as examples, "ikke determinerende", with motivation "en
/// væsentlig moderator" (marselisborg-langtidsledighed-guide.txt l. 2385–2389): motivation is an
/// indicator and the score says its weights are configuration, not the seed's.
#[test]
fn the_risk_score_is_labelled_configuration_and_counts_motivation() {
    let r = assess(&with(json!({"age": 45, "indicators": {"no_network": true, "low_motivation": true}})), None);
    assert_eq!(r.track, Some(Track::LongTermRisk));
    assert_eq!(r.risk.score, 3.0);
    assert!(r.risk.indicators.iter().any(|i| i.id == TrackIndicator::LowMotivation && i.label.da.contains("motivation")));
    assert!(r.risk.basis.da.contains("Jobspors standard, ikke seedets") && r.risk.basis.da.contains("ikke determinerende"), "{}", r.risk.basis.da);
    let r = assess(&with(json!({"indicators": {"low_motivation": true}})), Some(json!({"weights": {"low_motivation": 3}})));
    assert!(r.risk.basis.da.contains("værtens konfiguration"));
    assert_eq!(r.track, Some(Track::LongTermRisk));
}

#[test]
fn eighty_percent_rule_at_its_boundary() {
    let lt = |weeks: f64| {
        let r = assess(&with(json!({"benefit_weeks_last_52": weeks})), None);
        (r.long_term_unemployed, r.benefit_share.unwrap())
    };
    // 80 % of 52 weeks is 41.6 weeks: the boundary counts.
    assert_eq!(lt(41.6), (true, 0.8));
    assert!(!lt(41.59).0);
    // In whole weeks: 42/52 = 80.8 % is long-term, 41/52 = 78.8 % is not.
    assert_eq!(lt(42.0), (true, 0.808));
    assert_eq!(lt(41.0), (false, 0.788));
    assert_eq!(lt(52.0), (true, 1.0));
    assert_eq!(lt(0.0), (false, 0.0));
    let r = assess(&with(json!({"benefit_weeks_last_52": 42})), None);
    let msg = &r.reasons.iter().find(|x| x.rule == "TR301").unwrap().message;
    assert!(msg.da.contains("42 af de seneste 52 uger") && msg.da.contains("80,8 %"), "{}", msg.da);
    // Unknown benefit weeks: not long-term, no share.
    let r = assess(&with(json!({"benefit_weeks_last_52": null})), None);
    assert!(!r.long_term_unemployed && r.benefit_share.is_none());
    // The share is configuration.
    let r = assess(&with(json!({"benefit_weeks_last_52": 26})), Some(json!({"long_term_share": 0.5})));
    assert!(r.long_term_unemployed);
}

/// Issue 12: 39 weeks is a population figure in seed 004 ("opnår langt hovedparten
/// selvforsørgelse inden der er gået 39 uger", marselisborg-langtidsledighed-guide.txt l. 736–738;
/// the capacity calculator's "andelen af borgere, der er tilbage i overlevelseskurven efter 39
/// uger", l. 4432), not an individual indicator: no risk point unless a host weights it.
#[test]
fn weeks_unemployed_past_39_is_a_risk_indicator_only_when_a_host_weights_it() {
    let r = assess(&with(json!({"weeks_unemployed": 39})), None);
    assert!(!codes(&r).contains(&"TR302"));
    assert_eq!(r.risk.score, 0.0);
    let weighted = json!({"weights": {"many_weeks_unemployed": 2}});
    let r = assess(&with(json!({"weeks_unemployed": 38.9})), Some(weighted.clone()));
    assert!(!codes(&r).contains(&"TR302"));
    let r = assess(&with(json!({"weeks_unemployed": 39})), Some(weighted));
    assert!(codes(&r).contains(&"TR302"));
    assert_eq!(r.risk.score, 2.0);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch), "39 weeks alone is below the threshold");
    let r = assess(&with(json!({"weeks_unemployed": 30})), Some(json!({"self_support_weeks": 26, "weights": {"many_weeks_unemployed": 1}})));
    assert!(codes(&r).contains(&"TR302"));
}

#[test]
fn precedence_decides_between_eligible_tracks_and_is_configuration() {
    // Unskilled, wants education, long-term unemployed: both the boost and the risk track fit.
    let p = with(json!({"wants_education": true, "benefit_weeks_last_52": 50}));
    let r = assess(&p, None);
    assert_eq!(r.track, Some(Track::EducationBoost));
    assert_eq!(r.eligible, [Track::EducationBoost, Track::LongTermRisk, Track::IntensiveJobSearch]);
    let tr401 = r.reasons.iter().find(|x| x.rule == "TR401").unwrap();
    assert!(tr401.message.da.contains("Uddannelsesløft går forud"), "{}", tr401.message.da);
    let cfg = json!({"precedence": ["long_term_risk", "education_boost", "intensive_job_search"]});
    let r = assess(&p, Some(cfg));
    assert_eq!(r.track, Some(Track::LongTermRisk));
    assert_eq!(r.eligible[0], Track::LongTermRisk);
    let r = assess(&p, Some(json!({"precedence": ["intensive_job_search", "long_term_risk", "education_boost"]})));
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    // No track eligible: the main road by default.
    // (Issue 12: only with the host's opt-out of the not-job-ready rule, TR404.)
    let r = assess(&with(json!({"ready_for_job_now": false})), Some(json!({"not_ready_outside_tracks": false, "weights": {"not_ready_now": 0}})));
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert!(r.eligible.is_empty());
    assert!(codes(&r).contains(&"TR402"));
}

#[test]
fn start_phase_needs_a_job_goal_and_a_searchable_cv() {
    let r = assess(&base(), None);
    assert!(r.start_phase.complete && r.start_phase.missing.is_empty());
    assert_eq!(r.start_phase.core_elements.len(), 2);
    assert_eq!(r.start_phase.core_elements[0].title.da, "Hjælp den ledige med at vælge jobmål");
    assert_eq!(r.start_phase.core_elements[1].title.da, "Følg op på, om den lediges CV er opdateret");
    assert_eq!(r.start_phase.core_elements[0].actions.len(), 6);

    let r = assess(&with(json!({"job_goal": "", "cv_searchable": null})), None);
    assert!(!r.start_phase.complete);
    let items: Vec<(&str, &str, &str)> =
        r.start_phase.missing.iter().map(|m| (m.item.as_str(), m.rule.as_str(), m.core_element.as_str())).collect();
    assert_eq!(items, [("job_goal", "TR001", "start.job_goal"), ("cv", "TR003", "start.cv")]);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch), "a proposal is still made");
    assert_eq!(r.start_phase.cv_searchable, None);

    // The CV itself: the CV check decides, and wins over cv_searchable.
    let cv: Value = serde_json::from_str(CV_GOOD).unwrap();
    let r = assess(&with(json!({"cv": cv, "cv_searchable": false})), None);
    assert!(r.start_phase.complete);
    assert_eq!(r.start_phase.cv_searchable, Some(true));
    let r = assess(&with(json!({"cv": {"profile": "Lagermedarbejder med truckcertifikat."}, "cv_searchable": true})), None);
    assert!(!r.start_phase.complete);
    let gap = &r.start_phase.missing[0];
    assert_eq!((gap.item.as_str(), gap.rule.as_str()), ("cv", "TR002"));
    assert!(gap.message.da.contains("Uddannelse mangler"), "names what blocks the search: {}", gap.message.da);
    let r = assess(&with(json!({"cv": null, "cv_searchable": false})), None);
    assert_eq!(r.start_phase.missing[0].rule, "TR002");
    // The SMART check's job-title recogniser decides what is concrete.
    let r = assess(&with(json!({"job_goal": "Noget med børn"})), None);
    let gap = &r.start_phase.missing[0];
    assert_eq!(gap.rule, "TR001");
    assert!(gap.message.da.contains("»Noget med børn« er ikke en konkret stillingsbetegnelse"), "{}", gap.message.da);
    assert!(gap.message.da.contains("pædagog"), "suggests titles in the area: {}", gap.message.da);
    for goal in ["  --  12 ", "Et job"] {
        assert!(assess(&with(json!({"job_goal": goal})), None).start_phase.missing.iter().any(|m| m.rule == "TR001"), "{goal}");
    }
    for goal in ["Buschauffør", "lagermedarbjder", "SOSU-uddannelsen", "Truckfører i Aalborg"] {
        assert!(assess(&with(json!({"job_goal": goal})), None).start_phase.complete, "{goal}");
    }
    let r = assess(&with(json!({"job_goal": "lagermedarbejdere"})), None);
    assert_eq!(r.start_phase.job_goal_title.as_deref(), Some("Lagermedarbejder"));
    // A local title the lexicon doesn't know: the host adds it.
    let local = with(json!({"job_goal": "Muslingeskraber"}));
    assert!(!assess(&local, None).start_phase.complete);
    assert!(assess(&local, Some(json!({"job_titles": ["muslingeskraber"]}))).start_phase.complete);
}

#[test]
fn education_level_falls_back_to_the_cv() {
    let mut cv: Value = serde_json::from_str(CV_GOOD).unwrap();
    let p = with(json!({"education_level": null, "wants_education": true, "cv": cv.clone()}));
    // The example CV has a completed vocational education: not unskilled.
    assert_eq!(assess(&p, None).track, Some(Track::IntensiveJobSearch));
    cv["education"] = json!([{"title": "Folkeskolens 9. klasse", "level": "primary"}, {"title": "Smed", "level": "vocational", "completed": false}]);
    let r = assess(&with(json!({"education_level": null, "wants_education": true, "cv": cv})), None);
    assert_eq!(r.track, Some(Track::EducationBoost));
    assert!(r.reasons.iter().any(|x| x.rule == "TR201" && x.message.da.contains("fra CV'et")));
}

#[test]
fn configuration_overrides_thresholds_and_weights() {
    let p = with(json!({"age": 45, "indicators": {"no_network": true, "low_mobility": true}}));
    assert_eq!(assess(&p, None).track, Some(Track::LongTermRisk));
    // A later age cut-off (public Danish ones are 50 and 56): 45 no longer counts.
    let r = assess(&p, Some(json!({"age_threshold": 50})));
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert_eq!(r.risk.score, 2.0);
    // A higher threshold, or a lighter weight.
    assert_eq!(assess(&p, Some(json!({"risk_threshold": 4}))).track, Some(Track::IntensiveJobSearch));
    assert_eq!(assess(&p, Some(json!({"weights": {"low_mobility": 0.5}}))).risk.score, 2.5);
    // A host may weigh an education trait into the risk.
    let r = assess(&with(json!({"indicators": {"no_network": true}})), Some(json!({"weights": {"unskilled": 2}})));
    assert_eq!((r.track, r.risk.score), (Some(Track::LongTermRisk), 3.0));
    assert!(r.risk.indicators.iter().any(|i| i.id == TrackIndicator::Unskilled && i.weight == 2.0));
    assert!(r.risk.indicators.iter().any(|i| i.label.da.starts_with("Har ikke et aktivt netværk")));
    // Labels follow the configuration.
    let r = assess(&with(json!({"age": 57})), Some(json!({"age_threshold": 56})));
    assert!(r.risk.indicators.iter().any(|i| i.label.da == "Er over 56 år"));
    // Education years.
    let p = with(json!({"education_level": "vocational", "education_last_used_years_ago": 3, "wants_education": true}));
    assert_eq!(assess(&p, None).track, Some(Track::IntensiveJobSearch));
    assert_eq!(assess(&p, Some(json!({"education_unused_years": 3}))).track, Some(Track::EducationBoost));
}

#[test]
fn nearest_archetype_when_configured() {
    let archetypes = json!({"archetypes": [
        {"name": "Den erfarne industriarbejder", "indicators": ["age_over_threshold", "unwilling_to_change_trade", "cannot_transfer_competences"],
         "early_effort": "Kompetenceafklaring og virksomhedspraktik i en ny branche inden for 4 uger"},
        {"name": "Den unge uden erfaring", "description": "Under 30, kort skolegang", "indicators": ["unskilled", "short_or_no_experience", "no_network"],
         "early_effort": "Jobsøgningskursus og netværk via virksomhedskonsulent"}
    ]});
    let p = with(json!({"indicators": {"short_or_no_experience": true, "personal_barriers": true}}));
    let r = assess(&p, Some(archetypes.clone()));
    let a = r.archetype.unwrap();
    assert_eq!(a.name, "Den unge uden erfaring");
    assert_eq!(a.matched, [TrackIndicator::Unskilled, TrackIndicator::ShortOrNoExperience]);
    assert_eq!(a.missing, [TrackIndicator::NoNetwork]);
    assert_eq!(a.similarity, 0.67);
    assert!(a.early_effort.starts_with("Jobsøgningskursus"));
    let p = with(json!({"age": 58, "education_level": "vocational", "indicators": {"unwilling_to_change_trade": true}}));
    assert_eq!(assess(&p, Some(archetypes.clone())).archetype.unwrap().name, "Den erfarne industriarbejder");
    // Nothing in common, or no archetypes: none.
    assert!(assess(&with(json!({"education_level": "master"})), Some(archetypes)).archetype.is_none());
    assert!(assess(&p, None).archetype.is_none());
}

#[test]
fn caseworker_override_keeps_the_proposal() {
    let cfg = json!({"override": {"track": "long_term_risk", "reason": "  Aftalt virksomhedspraktik hos Nordlager.  "}});
    let r = assess(&base(), Some(cfg));
    assert_eq!(r.track, Some(Track::LongTermRisk));
    assert_eq!(r.proposed_track, Some(Track::IntensiveJobSearch));
    assert_eq!(r.override_track.as_ref().unwrap().reason, "Aftalt virksomhedspraktik hos Nordlager.");
    assert_eq!(r.core_elements[0].id, "risk.targeting", "the checklist follows the chosen track");
    let tr403 = r.reasons.iter().find(|x| x.rule == "TR403").unwrap();
    assert!(tr403.message.da.contains("i stedet for forslaget, Intensiv jobsøgning"));
    let proposal = r.alternatives.iter().find(|a| a.track == Track::IntensiveJobSearch).unwrap();
    assert!(proposal.eligible && proposal.requires[0].rule == "TR403");
    let v: Value = serde_json::to_value(&r).unwrap();
    assert_eq!(v["override"]["track"], "long_term_risk");
    assert_eq!(v["proposed_track"], "intensive_job_search");
    // Without an override the field is null.
    assert_eq!(serde_json::to_value(assess(&base(), None)).unwrap()["override"], Value::Null);
}

#[test]
fn origin_or_ethnicity_fields_change_nothing() {
    for profile in [base(), with(json!({"age": 52, "weeks_unemployed": 40, "indicators": {"no_network": true}})), json!({})] {
        let plain = serde_json::to_string(&assess(&profile, None)).unwrap();
        let mut extra = profile.clone();
        extra["ethnicity"] = json!("ikke-vestlig");
        extra["origin"] = json!("Syrien");
        extra["country_of_birth"] = json!("SY");
        extra["nationality"] = json!("syrisk");
        extra["ethnic_background"] = json!(true);
        extra["other_ethnic_background"] = json!(true);
        extra["mother_tongue"] = json!("arabisk");
        extra["gender"] = json!("k");
        extra["indicators"] = {
            let mut i = profile.get("indicators").cloned().unwrap_or(json!({}));
            i["other_ethnic_background"] = json!(true);
            i["ethnicity"] = json!("ikke-vestlig");
            i
        };
        let with_origin = serde_json::to_string(&assess(&extra, None)).unwrap();
        assert_eq!(plain, with_origin, "an origin field changed the result");
    }
    // Nor can a host weigh it: there is no such indicator.
    let e = err(BASE, Some(r#"{"weights": {"other_ethnic_background": 3}}"#));
    assert!(e.path.starts_with("weights"), "{e:?}");
}

#[test]
fn empty_and_null_profiles_are_valid() {
    let r = assess(&json!({}), None);
    assert_eq!(r.track, Some(Track::IntensiveJobSearch));
    assert!(!r.start_phase.complete);
    assert_eq!(r.risk.score, 0.0);
    let nulls = json!({"age": null, "education_level": null, "education_last_used_years_ago": null, "weeks_unemployed": null,
        "benefit_weeks_last_52": null, "job_goal": null, "cv": null, "cv_searchable": null, "ready_for_job_now": null,
        "needs_short_upskilling": null, "wants_education": null, "career_changer": null, "indicators": null});
    assert_eq!(serde_json::to_string(&assess(&nulls, None)).unwrap(), serde_json::to_string(&r).unwrap());
    let r = assess(&json!({"indicators": {"no_network": null}}), None);
    assert_eq!(r.risk.score, 0.0);
}

#[test]
fn bad_input_names_the_path() {
    for (profile, path, words) in [
        (r#"{"age": -1}"#, "age", "invalid value"),
        (r#"{"age": 131}"#, "age", "from 0 to 130"),
        (r#"{"benefit_weeks_last_52": 53}"#, "benefit_weeks_last_52", "from 0 to 52"),
        (r#"{"weeks_unemployed": -2}"#, "weeks_unemployed", "from 0"),
        (r#"{"needs_short_upskilling": "course"}"#, "needs_short_upskilling", "unknown variant"),
        (r#"{"education_level": "college"}"#, "education_level", "unknown variant"),
        (r#"{"indicators": {"no_network": "yes"}}"#, "indicators.no_network", "invalid type"),
        (r#"{"cv": {"education": [{"level": "x"}]}}"#, "cv.education[0].level", "unknown variant"),
        (r#"[]"#, "", "must be a JSON object"),
        (r#"{"age": 3"#, "", "not valid JSON"),
    ] {
        let e = err(profile, None);
        assert_eq!(e.error, "invalid_input");
        assert_eq!(e.path, path, "{profile}: {e:?}");
        assert!(e.message.contains(words), "{profile}: {}", e.message);
        assert!(!e.message_da.is_empty());
    }
    for (config, path) in [
        (r#"{"precedence": ["education_boost", "education_boost", "long_term_risk"]}"#, "precedence[1]"),
        (r#"{"precedence": ["education_boost"]}"#, "precedence"),
        (r#"{"precedence": ["fast_track"]}"#, "precedence[0]"),
        (r#"{"long_term_share": 1.5}"#, "long_term_share"),
        (r#"{"risk_threshold": -1}"#, "risk_threshold"),
        (r#"{"weights": {"no_network": -1}}"#, "weights.no_network"),
        (r#"{"archetypes": [{"name": "A", "indicators": ["no_network", "ethnicity"]}]}"#, "archetypes[0].indicators[1]"),
        (r#"{"archetypes": [{"name": " ", "indicators": ["no_network"]}]}"#, "archetypes[0].name"),
        (r#"{"archetypes": [{"name": "A", "indicators": []}]}"#, "archetypes[0].indicators"),
        (r#"{"override": {"track": "education_boost", "reason": "  "}}"#, "override.reason"),
        (r#"{"override": {"track": "education_boost"}}"#, "override"),
        (r#"[1]"#, ""),
    ] {
        let e = err(BASE, Some(config));
        assert_eq!(e.path, path, "{config}: {e:?}");
    }
    let e = err(BASE, Some(r#"{"override": {"track": "education_boost", "reason": ""}}"#));
    assert_eq!(e.message_da, "en tilsidesættelse kræver en skriftlig begrundelse");
}

#[test]
fn a_certificate_or_driving_licence_is_a_delmaal_not_the_job_goal() {
    for goal in ["C-kørekort", "Truckcertifikat", "Hygiejnebevis", "Kursus i førstehjælp"] {
        let r = assess(&with(json!({"job_goal": goal})), None);
        let m = r.start_phase.missing.iter().find(|m| m.rule == "TR001").unwrap_or_else(|| panic!("{goal}: TR001 fires"));
        assert!(m.message.da.contains("delmål") || goal.starts_with("Kursus"), "{goal}: {}", m.message.da);
    }
    // with the job it leads to, the goal is concrete
    assert!(assess(&with(json!({"job_goal": "Truckfører med truckcertifikat"})), None).start_phase.complete);
    assert!(assess(&with(json!({"job_goal": "SOSU-uddannelsen"})), None).start_phase.complete);
}
