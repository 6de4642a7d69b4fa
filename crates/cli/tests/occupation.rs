//! `jobspor occupation`: the recogniser on the command line (issue 11).

mod common;
use common::run;

#[test]
fn prints_title_area_disco_how_and_near_misses() {
    let v = common::run_json(&["occupation", "Skibsmekanikere"], None);
    let o = &v["occupation"];
    assert_eq!(o["title"], "Mekaniker");
    assert_eq!(o["how"], "compound_head");
    assert_eq!(o["area"], "mekanik");
    assert_eq!(o["disco"].as_str().unwrap().len(), 4);
    assert_eq!(o["inflected"], true);

    let (code, out, _) = run(&["occupation", "-"], Some("min jobkonsulent".as_bytes()));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["occupation"].is_null());
    assert_eq!(v["near_misses"][0]["reason"], "person_reference");
}

#[test]
fn the_host_list_wins() {
    let dir = std::env::temp_dir().join(format!("jobspor-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("host.json");
    std::fs::write(&file, r#"[{"title": "Skibsmekaniker", "area": "transport", "disco": "7233", "synonyms": ["skibsmontør"]}]"#).unwrap();
    let v = common::run_json(&["occupation", "--host", file.to_str().unwrap(), "skibsmontør"], None);
    assert_eq!(v["occupation"]["how"], "host_list");
    assert_eq!(v["occupation"]["title"], "Skibsmekaniker");
}

#[test]
fn bad_input_is_a_clear_error() {
    for (args, stdin, expect) in [
        (vec!["occupation", ""], None, "text is empty"),
        (vec!["occupation", "-"], Some("kok\u{7}".as_bytes()), "control character"),
        (vec!["occupation", "--nope", "kok"], None, "unknown option"),
    ] {
        let (code, out, err) = run(&args, stdin);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    let huge = "lager ".repeat(200);
    let (code, _, err) = run(&["occupation", &huge], None);
    assert_eq!(code, 2);
    assert!(err.contains("at most 500"), "{err}");
}
