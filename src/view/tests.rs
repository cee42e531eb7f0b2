use proptest::prelude::*;

use super::*;

/// Text that tries every way out of an HTML text node or attribute.
const HOSTILE: &str = "GDP grew 5.2% <script>alert(1)</script> and </script><img src=x onerror=alert(2)>\n\
    \"quoted\" 'single' </textarea><!-- comment --> ]]> <![CDATA[ x ]]> a\u{2028}b\u{2029}c \
    <a href=\"javascript:alert(3)\" onclick='alert(4)'>link</a> &amp; &lt; {{x}} ${y} `z`\n\
    \n<style>body{display:none}</style> 3,867 hectares <iframe srcdoc=\"<script>\"></iframe>";

/// The tags the page may contain (outside its one script).
const TAGS: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "label",
    "select", "option", "div", "input", "span", "ul", "li", "main", "section", "h2", "small", "a",
    "aside", "table", "thead", "tbody", "tr", "th", "td", "button", "script",
];

#[test]
fn the_extractions_rejected_numbers_are_marked() {
    let text = "In 2023 the PM2.5 level fell 5%.";
    let extraction = extract::extract(text);
    let report = Report {
        name: "r.txt",
        text,
        claims: &extraction.claims,
        rejected: &extraction.rejected,
    };
    let page = page(&[report]);
    assert_eq!(page.matches("<a class=\"claim ").count(), 1);
    assert!(page.contains(">5%</a>"));
    for (rule, number) in [("year", "2023"), ("identifier", "2.5")] {
        let mark = page
            .split(&format!("data-rule=\"{rule}\" data-reason=\""))
            .nth(1)
            .and_then(|rest| rest.split_once("\">"))
            .map(|(_, rest)| rest.split('<').next().unwrap_or_default());
        assert_eq!(mark, Some(number), "{rule}");
    }
    assert_eq!(shown_text(&page, 0), text);
}

fn page_of(name: &str, text: &str, rejected: &[Rejection]) -> (String, usize) {
    let extraction = extract::extract(text);
    let report = Report {
        name,
        text,
        claims: &extraction.claims,
        rejected,
    };
    (page(&[report]), extraction.claims.len())
}

/// The page without the contents of its script element.
fn outside_script(page: &str) -> String {
    let open = page
        .find("<script>")
        .map_or(page.len(), |i| i + "<script>".len());
    let close = page.rfind("</script>").unwrap_or(page.len());
    format!("{}{}", &page[..open], &page[close.max(open)..])
}

/// Every tag name of `html` (`<` followed by a name or `/name`).
fn tag_names(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| {
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect()
        })
        .collect()
}

fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2028;", "\u{2028}")
        .replace("&#x2029;", "\u{2029}")
        .replace("&amp;", "&")
}

/// The report text shown in section `index`: the text pane with its tags
/// removed and its character references resolved.
fn shown_text(page: &str, index: usize) -> String {
    let section = &page[page.find(&format!("id=\"d{index}\"")).unwrap_or(0)..];
    let start = section.find("<div class=\"text\"").unwrap_or(0);
    let body = &section[start..];
    let body = &body[body.find('>').map_or(0, |i| i + 1)..];
    let end = body
        .find("</div></div>\n</div>\n<aside")
        .unwrap_or(body.len());
    let mut plain = String::new();
    let mut in_tag = false;
    for c in body[..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    unescape(&plain)
}

#[test]
fn escape_turns_markup_and_line_separators_into_references() {
    let mut out = String::new();
    escape("<a href=\"x\" title='y'>&\u{2028}\u{2029}é中</a>", &mut out);
    assert_eq!(
        out,
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#x2028;&#x2029;é中&lt;/a&gt;"
    );
}

#[test]
fn hostile_report_renders_as_text_only() {
    let name = "<script>alert('name')</script>\".txt";
    let (page, claims) = page_of(name, HOSTILE, &[]);
    assert_eq!(claims, 2, "5.2% and 3,867 hectares");
    // One script element, the page's own; no comment, CDATA end, raw
    // line separator or foreign tag anywhere.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(page.matches("</script").count(), 1);
    for forbidden in [
        "<!--",
        "]]>",
        "</textarea",
        "<img",
        "<iframe",
        "\u{2028}",
        "\u{2029}",
    ] {
        assert!(!page.contains(forbidden), "{forbidden:?} is in the page");
    }
    for tag in tag_names(&outside_script(&page)) {
        assert!(TAGS.contains(&tag.as_str()), "unexpected tag {tag:?}");
    }
    // The name is shown escaped, in the title and the section.
    assert!(page.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;&quot;.txt"));
    // The text is shown exactly, character for character.
    assert_eq!(shown_text(&page, 0), HOSTILE);
}

#[test]
fn the_script_holds_no_report_data() {
    let (page, _) = page_of("r.txt", "Output rose 5.2% to 3,867 hectares.", &[]);
    let open = page.find("<script>").map_or(0, |i| i + "<script>".len());
    let close = page.rfind("</script>").unwrap_or(0);
    assert_eq!(&page[open..close], SCRIPT);
}

#[test]
fn the_policy_allows_exactly_the_pages_style_and_script() {
    let (page, _) = page_of("r.txt", "Output rose 5.2%.", &[]);
    let script =
        &page[page.find("<script>").map_or(0, |i| i + 8)..page.rfind("</script>").unwrap_or(0)];
    let style =
        &page[page.find("<style>").map_or(0, |i| i + 7)..page.find("</style>").unwrap_or(0)];
    let policy = format!(
        "default-src &#39;none&#39;; style-src &#39;{}&#39;; script-src &#39;{}&#39;;",
        csp_hash(style),
        csp_hash(script)
    );
    assert!(page.contains(&policy), "{policy}");
    // Nothing is loaded from anywhere: no src or href but in-page anchors.
    let outside = outside_script(&page);
    assert!(!outside.contains("src="));
    for href in outside.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "href={href:.20}");
    }
}

#[test]
fn sha256_and_base64_match_known_vectors() {
    assert_eq!(
        csp_hash(""),
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    );
    for (raw, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(raw.as_bytes()), encoded);
    }
}

#[test]
fn one_mark_per_claim_and_ids_link_both_ways() {
    let text = "GDP grew 5.2%, reaching 126 trillion yuan.\n\nWe planted 3,867 hectares and built 1,065 parks.";
    let (page, claims) = page_of("r.txt", text, &[]);
    assert_eq!(claims, 4);
    assert_eq!(page.matches("<a class=\"claim ").count(), claims);
    for i in 0..claims {
        for needle in [
            format!("id=\"c0-{i}\""),
            format!("href=\"#r0-{i}\""),
            format!("id=\"r0-{i}\""),
            format!("href=\"#c0-{i}\""),
        ] {
            assert_eq!(page.matches(&needle).count(), 1, "{needle}");
        }
    }
    // Each mark holds its claim's text and kind; each row its data.
    assert!(page.contains("<a class=\"claim k-percent\" id=\"c0-0\" href=\"#r0-0\">5.2%</a>"));
    assert!(
        page.contains(
            "<a class=\"claim k-money\" id=\"c0-1\" href=\"#r0-1\">126 trillion yuan</a>"
        )
    );
    let row = format!(
        "<tr id=\"r0-2\" data-pos=\"2\" data-id=\"{}\" data-kind=\"area\" data-value=\"3867\" \
         data-max=\"\" data-unit=\"ha\" data-norm=\"3867 ha\" data-qual=\"\" data-trend=\"\"><td>\
         <a href=\"#c0-2\">3</a></td><td>3,867 hectares</td><td class=\"k-area\">area</td>\
         <td class=\"num\">3867</td><td>ha</td><td></td><td>",
        ledger::claim_id("r.txt", Span::new(55, 69))
    );
    assert!(page.contains(&row), "{row}");
    assert_eq!(shown_text(&page, 0), text);
}

#[test]
fn ranges_show_both_ends() {
    let (page, _) = page_of("r.txt", "Growth of 5-6% is expected.", &[]);
    assert!(page.contains("data-value=\"5\" data-max=\"6\""));
    assert!(page.contains("<td class=\"num\">5–6</td>"));
}

#[test]
fn rejected_numbers_are_marked_faintly_with_rule_and_reason() {
    let text = "In 2023 the 5G network grew 5.2% <b>.";
    let rejected = [
        Rejection {
            span: Span::new(3, 7),
            rule: "year",
            reason: "a year <without> a unit",
        },
        Rejection {
            span: Span::new(12, 13),
            rule: "glued_to_letters",
            reason: "part of a name",
        },
        // Overlaps the claim 5.2%: the claim wins.
        Rejection {
            span: Span::new(28, 29),
            rule: "digit_run",
            reason: "inside a claim",
        },
        // Overlaps the first rejection: the first wins.
        Rejection {
            span: Span::new(5, 9),
            rule: "overlap",
            reason: "overlaps",
        },
        // Not on a char boundary of the text, or past its end: left out.
        Rejection {
            span: Span::new(30, 400),
            rule: "bad_span",
            reason: "past the end",
        },
    ];
    let (page, claims) = page_of("r.txt", text, &rejected);
    assert_eq!(claims, 1);
    assert_eq!(page.matches("<span class=\"rej\" ").count(), 2);
    assert!(page.contains(
        "In <span class=\"rej\" tabindex=\"0\" data-rule=\"year\" \
         data-reason=\"a year &lt;without&gt; a unit\">2023</span> the "
    ));
    assert!(page.contains(
        "<span class=\"rej\" tabindex=\"0\" data-rule=\"glued_to_letters\" \
         data-reason=\"part of a name\">5</span>G"
    ));
    assert!(page.contains(">5.2%</a>"));
    assert!(
        !page.contains("digit_run") && !page.contains("overlap\"") && !page.contains("bad_span")
    );
    assert!(page.contains("1 claims, 2 numbers left out"));
    assert_eq!(shown_text(&page, 0), text);
}

#[test]
fn long_texts_are_cut_into_chunks_at_blank_lines_only() {
    let paragraph = "Output rose 5.2% and 1,065 parks opened in the city this year.\n\n";
    let text = paragraph.repeat(400);
    let (page, claims) = page_of("r.txt", &text, &[]);
    assert_eq!(claims, 800);
    let chunks = page.matches("<div class=\"chunk\">").count();
    // About 26 KB of text in chunks of at least 4 KB.
    assert!((5..=7).contains(&chunks), "{chunks} chunks");
    assert_eq!(page.matches("<a class=\"claim ").count(), 800);
    assert_eq!(shown_text(&page, 0), text);
}

#[test]
fn several_reports_make_sections_with_their_own_ids() {
    let a = extract::extract("Output rose 5.2%.");
    let b = extract::extract("增长5.2%，新建公园1065个。Exports 3,867 tonnes.");
    let reports = [
        Report {
            name: "a.txt",
            text: "Output rose 5.2%.",
            claims: &a.claims,
            rejected: &[],
        },
        Report {
            name: "b.txt",
            text: "增长5.2%，新建公园1065个。Exports 3,867 tonnes.",
            claims: &b.claims,
            rejected: &[],
        },
    ];
    let page = page(&reports);
    assert!(page.contains("<title>claimscan: 2 reports</title>"));
    assert!(page.contains("<section class=\"doc\" id=\"d0\" data-name=\"a.txt\">"));
    assert!(page.contains("<section class=\"doc\" id=\"d1\" data-name=\"b.txt\">"));
    assert!(page.contains("id=\"c0-0\"") && page.contains("id=\"c1-0\""));
    assert_eq!(shown_text(&page, 1), reports[1].text);
    assert!(page.contains("<meta charset=\"utf-8\">"));
}

#[test]
fn language_follows_the_script_of_the_text() {
    assert_eq!(language("北京市地区生产总值增长5.2%。GDP"), "zh");
    assert_eq!(language("GDP grew 5.2% in 北京."), "en");
    assert_eq!(language(""), "en");
}

#[test]
fn a_report_without_claims_says_so() {
    let (page, claims) = page_of("r.txt", "Nothing to count here.", &[]);
    assert_eq!(claims, 0);
    assert!(page.contains("<td colspan=\"7\">no claims</td>"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text, from an alphabet of markup, quotes, separators, digits
    /// and units: the page holds only its own tags, one mark per claim,
    /// and shows the text exactly.
    #[test]
    fn any_text_is_shown_exactly_and_inertly(
        text in proptest::string::string_regex(
            "([<>&\"'/!=\\[\\]\\- \n\u{2028}a-z]|script|-->|5%|3 km|1,065|中|é|\\$4 billion|rose ){0,60}"
        ).expect("a valid pattern"),
        rejected in proptest::collection::vec((0usize..400, 0usize..6), 0..6),
    ) {
        let rejected: Vec<Rejection> = rejected
            .into_iter()
            .map(|(start, len)| Rejection {
                span: Span::new(start, start + len),
                rule: "r",
                reason: "<why>",
            })
            .collect();
        let (page, claims) = page_of("p.txt", &text, &rejected);
        prop_assert_eq!(page.matches("<script").count(), 1);
        for tag in tag_names(&outside_script(&page)) {
            prop_assert!(TAGS.contains(&tag.as_str()), "unexpected tag {:?}", tag);
        }
        prop_assert_eq!(page.matches("<a class=\"claim ").count(), claims);
        prop_assert_eq!(shown_text(&page, 0), text);
    }
}
