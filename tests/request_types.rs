//! Bodies whose type a page implies without stating it: `$ref` bodies, creates that return
//! the new object with `201 Created`, "Update x" titles, primitive results of actions,
//! examples whose URL matches no request line, single objects wrapped in `value`, parameter
//! tables under a level-3 heading.

use docgen::model::{reference_body, Expectation, QualifiedName, TypeKind, TypeRef};

/// An API page: `title`, one request line, a response sentence and one request example.
fn api_page(title: &str, line: &str, response: &str, body: &str) -> String {
    let (method, path) = line.split_once(' ').unwrap();
    format!(
        "---\ntitle: \"{title}\"\ndoc_type: apiPageType\n---\n\n# {title}\n\nNamespace: microsoft.graph\n\n\
## Permissions\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n\
|Delegated (work or school account)|Widget.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|\n\
|Application|Widget.ReadWrite.All|\n\n## HTTP request\n\n```http\n{line}\n```\n\n\
## Request headers\n\n|Header|Value|\n|:---|:---|\n|Authorization|Bearer {{token}}. Required.|\n\n\
## Request body\n\nIn the request body, supply the values to change.\n\n\
## Response\n\nIf successful, this method returns {response}\n\n## Example\n\n### Request\n\n\
```http\n{method} https://graph.microsoft.com/v1.0{path}\nContent-type: application/json\n\n{body}\n```\n\n\
### Response\n\n```http\nHTTP/1.1 204 No Content\n```\n"
    )
}

/// "Get widget", answered with `status` and `body` (after `annotation`, if any).
fn get_widget_page(annotation: &str, status: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"Get widget\"\ndoc_type: apiPageType\n---\n\n# Get widget\n\n\
## HTTP request\n\n```http\nGET /widgets/{{id}}\n```\n\n\
## Response\n\nIf successful, this method returns a `200 OK` response code and a [widget](widget.md) object in the response body.\n\n\
## Example\n\n### Request\n\n```http\nGET https://graph.microsoft.com/v1.0/widgets/w1\n```\n\n\
### Response\n\n{annotation}```http\nHTTP/1.1 {status}\nContent-type: application/json\n\n{body}\n```\n"
    )
}

/// The one response example of the pages.
fn the_response(a: &docgen::Analysis) -> docgen::model::Example {
    a.model()
        .examples
        .iter()
        .find(|x| x.kind == docgen::model::ExampleKind::Response)
        .cloned()
        .unwrap()
}

fn widget_resource() -> &'static str {
    "---\ntitle: \"widget resource type\"\ndoc_type: resourcePageType\n---\n\n# widget resource type\n\n\
Namespace: microsoft.graph\n\nA widget.\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n\
|id|String|The identifier.|\n|name|String|The name.|\n\n## JSON representation\n\n\
```json\n{\n  \"id\": \"String\",\n  \"name\": \"String\"\n}\n```\n"
}

#[test]
fn bodies_take_the_type_the_page_implies() {
    let tmp = tempfile::tempdir().unwrap();
    let pages = [
        ("widget.md", widget_resource().to_string()),
        (
            "widget-post-parts.md",
            api_page(
                "Add part",
                "POST /widgets/{id}/parts/$ref",
                "a `204 No Content` response code.",
                "{\n  \"@odata.id\": \"https://graph.microsoft.com/v1.0/widgets/2\"\n}",
            ),
        ),
        (
            "widget-create.md",
            api_page(
                "Make a widget",
                "POST /widgets",
                "a `201 Created` response code and a [widget](widget.md) object in the response body.",
                "{\n  \"name\": \"new\"\n}",
            ),
        ),
        (
            "widget-update.md",
            api_page(
                "Update widget",
                "PATCH /widgets/{id}",
                "a `204 No Content` response code.",
                "{\n  \"name\": \"renamed\"\n}",
            ),
        ),
        (
            "gadget-update.md",
            api_page(
                "Update gadget",
                "PATCH /gadgets/{id}",
                "a `204 No Content` response code.",
                "{\n  \"name\": \"renamed\"\n}",
            ),
        ),
    ];
    for (name, text) in &pages {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let m = a.model();
    let body = |path: &str| {
        m.endpoints
            .iter()
            .find(|e| e.path.to_string() == path)
            .unwrap_or_else(|| panic!("{path} is an endpoint"))
            .request_type
            .clone()
    };
    let widget = TypeRef::Named(QualifiedName::new("microsoft.graph", "widget"));
    assert_eq!(
        body("/widgets/{id}/parts/$ref"),
        Some(TypeRef::Named(reference_body()))
    );
    assert_eq!(body("/widgets"), Some(widget.clone()));
    assert_eq!(body("/widgets/{id}"), Some(widget));
    // "Update gadget" names no type: no guess, and no diagnostic about it either
    assert_eq!(body("/gadgets/{id}"), None);
    assert!(a.diagnostics.iter().all(|d| !d.message.contains("gadget")));
    let reference = m.type_def(&reference_body()).expect("added for the $ref");
    assert_eq!(reference.kind, TypeKind::Parameters);
    assert_eq!(reference.properties[0].name, "@odata.id");
    // every request example but the gadget's is now typed and round-trips
    let mut checked = Vec::new();
    for x in &m.examples {
        if x.kind != docgen::model::ExampleKind::Request {
            continue;
        }
        let path = m.endpoints[x.endpoint.expect("linked")].path.to_string();
        if path != "/gadgets/{id}" {
            assert_eq!(x.expectation, Expectation::RoundTrip, "{path}");
            checked.push(path);
        }
    }
    checked.sort();
    assert_eq!(
        checked,
        ["/widgets", "/widgets/{id}", "/widgets/{id}/parts/$ref"]
    );
}

#[test]
fn a_primitive_result_is_typed_and_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let page = |body: &str| {
        format!(
            "---\ntitle: \"widget: count\"\ndoc_type: apiPageType\n---\n\n# widget: count\n\n\
## HTTP request\n\n```http\nPOST /widgets/count\n```\n\n\
## Response\n\nIf successful, this action returns a `200 OK` response code and a Int32 in the response body.\n\n\
## Example\n\n### Request\n\n```http\nPOST https://graph.microsoft.com/v1.0/widgets/count\n```\n\n\
### Response\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    std::fs::write(tmp.path().join("good.md"), page("{\n  \"value\": 2\n}")).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let x = &a.model().examples[0];
    assert_eq!(
        x.ty,
        Some(TypeRef::Primitive(docgen::model::Primitive::Int32))
    );
    assert_eq!(x.expectation, Expectation::RoundTrip);
    std::fs::write(
        tmp.path().join("good.md"),
        page("{\n  \"value\": \"two\"\n}"),
    )
    .unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    assert_eq!(
        a.model().examples[0].expectation,
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
}

#[test]
fn a_request_to_a_mistyped_url_still_sends_the_pages_body() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let page = api_page(
        "Update widget",
        "PATCH /widgets/{id}",
        "a `204 No Content` response code.",
        "{\n  \"name\": \"renamed\"\n}",
    )
    // the example calls a URL the request line does not describe
    .replace("v1.0/widgets/{id}", "v1.0/widget/{id}");
    std::fs::write(tmp.path().join("widget-update.md"), page).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    assert!(a
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "request-matches-no-endpoint"));
    let m = a.model();
    let request = m
        .examples
        .iter()
        .find(|x| x.kind == docgen::model::ExampleKind::Request)
        .unwrap();
    assert_eq!(
        request.ty,
        Some(TypeRef::Named(QualifiedName::new(
            "microsoft.graph",
            "widget"
        )))
    );
    assert_eq!(request.expectation, Expectation::RoundTrip);
}

#[test]
fn mistyped_urls_on_a_page_of_several_request_lines() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let page = api_page(
        "Add part",
        "POST /widgets/{id}/parts",
        "a `204 No Content` response code.",
        "{\n  \"name\": \"a part\"\n}",
    )
    .replace(
        "```http\nPOST /widgets/{id}/parts\n```",
        "```http\nPOST /widgets/{id}/parts\nPOST /me/widgets/{id}/parts\n```",
    )
    .replace(
        "supply the values to change.",
        "supply a JSON representation of the [widget](widget.md) object.",
    );
    // one example calls a URL with the lines' last segment, one a URL with another
    let page = page.replace("v1.0/widgets/{id}/parts", "v1.0/users/u1/widgets/w1/parts")
        + "\n### Request\n\n```http\nPOST https://graph.microsoft.com/v1.0/widgets/w1/pieces\n\n{\n  \"name\": \"x\"\n}\n```\n";
    std::fs::write(tmp.path().join("widget-add-part.md"), page).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let m = a.model();
    let requests: Vec<_> = m
        .examples
        .iter()
        .filter(|x| x.kind == docgen::model::ExampleKind::Request)
        .collect();
    assert_eq!(requests.len(), 2);
    let widget = Some(TypeRef::Named(QualifiedName::new(
        "microsoft.graph",
        "widget",
    )));
    // `…/parts` is taken for the page's first `…/parts` line
    let parts = requests[0]
        .endpoint
        .map(|e| m.endpoints[e].path.to_string());
    assert_eq!(parts.as_deref(), Some("/widgets/{id}/parts"));
    // `…/pieces` matches no line: it takes the body type the page states
    assert_eq!(requests[1].endpoint, None);
    for x in requests {
        assert_eq!(x.ty, widget);
        assert_eq!(x.expectation, Expectation::RoundTrip);
    }
    let unmatched = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "request-matches-no-endpoint")
        .count();
    assert_eq!(unmatched, 2);
}

#[test]
fn a_single_object_wrapped_in_value_is_checked_inside_the_wrapper() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let page = |body: &str| get_widget_page("", "200 OK", body);
    let response = |a: &docgen::Analysis| the_response(a);
    let good = "{\n  \"value\": {\n    \"id\": \"w1\",\n    \"name\": \"one\"\n  }\n}";
    std::fs::write(tmp.path().join("widget-get.md"), page(good)).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let x = response(&a);
    assert!(x.wrapped);
    assert_eq!(x.expectation, Expectation::RoundTrip);
    assert!(a
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "value-wrapper"));
    assert!(a
        .diagnostics
        .iter()
        .all(|d| d.code.as_str() != "unknown-property"));
    // what is inside is checked against the type
    let bad = good.replace("\"one\"", "5");
    std::fs::write(tmp.path().join("widget-get.md"), page(&bad)).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    assert_eq!(
        response(&a).expectation,
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
}

#[test]
fn a_request_body_table_under_a_level_3_heading_is_the_request_body() {
    let tmp = tempfile::tempdir().unwrap();
    let page = "---\ntitle: \"widget: polish\"\ndoc_type: apiPageType\n---\n\n# widget: polish\n\n\
## HTTP request\n\n```http\nPOST /widgets/{id}/polish\n```\n\n### Request body\n\n\
| Name | Value | Description |\n|:-----|:------|:------------|\n| shine | string | How much. |\n| times | Int32 | How often. |\n\n\
## Response\n\nIf successful, this action returns a `204 No Content` response code.\n";
    std::fs::write(tmp.path().join("widget-polish.md"), page).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let name = QualifiedName::new("microsoft.graph", "widgetsPolishRequestBody");
    let parameters = a
        .model()
        .type_def(&name)
        .expect("the parameters are a type");
    let names: Vec<&str> = parameters
        .properties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["shine", "times"]);
}

#[test]
fn is_collection_on_a_request_annotation_is_the_responses() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    // the request's annotation was copied from a list response's
    let page = "---\ntitle: \"Add widget\"\ndoc_type: apiPageType\n---\n\n# Add widget\n\n\
## HTTP request\n\n```http\nPOST /widgets\n```\n\n\
## Response\n\nIf successful, this method returns a `201 Created` response code.\n\n\
## Example\n\n### Request\n\n\
<!-- {\"blockType\": \"request\", \"name\": \"add\", \"isCollection\": true, \"@odata.type\": \"microsoft.graph.widget\"} -->\n\
```http\nPOST https://graph.microsoft.com/v1.0/widgets\nContent-type: application/json\n\n{\n  \"name\": \"new\"\n}\n```\n";
    std::fs::write(tmp.path().join("widget-add.md"), page).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    let request = a
        .model()
        .examples
        .iter()
        .find(|x| x.kind == docgen::model::ExampleKind::Request)
        .unwrap();
    assert_eq!(
        request.ty,
        Some(TypeRef::Named(QualifiedName::new(
            "microsoft.graph",
            "widget"
        )))
    );
    assert_eq!(request.expectation, Expectation::RoundTrip);
}

#[test]
fn error_responses_hold_graphs_error_object() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let annotation =
        "<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.widget\"} -->\n";
    let page = |body: &str| get_widget_page(annotation, "404 Not Found", body);
    let response = |body: &str| {
        std::fs::write(tmp.path().join("widget-get.md"), page(body)).unwrap();
        let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
        (the_response(&a), a.diagnostics)
    };
    // the annotation's type (copied from the success response) does not apply
    let (x, diagnostics) = response(
        "{\n  \"error\": {\n    \"code\": \"NotFound\",\n    \"message\": \"No widget w9.\",\n    \"details\": []\n  }\n}",
    );
    assert!(x.error_body);
    assert_eq!(x.ty, None);
    assert_eq!(x.expectation, Expectation::RoundTrip);
    assert!(diagnostics
        .iter()
        .all(|d| d.code.as_str() != "unknown-property"));
    let (x, diagnostics) = response("{\n  \"error\": {\n    \"code\": 404\n  }\n}");
    assert_eq!(
        x.expectation,
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
    let d = diagnostics
        .iter()
        .find(|d| d.code.as_str() == "wrong-json-kind")
        .unwrap();
    assert!(
        d.message.contains("`code` of Graph's error object"),
        "{}",
        d.message
    );
}

#[test]
fn stand_ins_for_binary_content_and_broken_urls_are_not_json_bodies() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let page = "---\ntitle: \"Upload widget\"\ndoc_type: apiPageType\n---\n\n# Upload widget\n\n\
## HTTP request\n\n```http\nPUT /widgets/{id}/content\n```\n\n\
## Response\n\nIf successful, this method returns a `204 No Content` response code.\n\n\
## Example\n\n### Request\n\n\
```http\nPUT https://graph.microsoft.com/v1.0/widgets/w1/content\nContent-Length: 26\n\n<bytes 0-25 of the file>\n```\n\n\
```http\nGET https://graph.microsoft.com/v1.0/widgets?\n$select=name&$top=2\n```\n\n\
### Response\n\n```http\nHTTP/1.1 204 No Content\n```\n";
    std::fs::write(tmp.path().join("widget-upload.md"), page).unwrap();
    let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
    assert!(
        a.diagnostics
            .iter()
            .all(|d| d.code.as_str() != "invalid-json"),
        "{:?}",
        a.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    assert!(a
        .model()
        .examples
        .iter()
        .all(|x| x.kind == docgen::model::ExampleKind::Resource));
}

#[test]
fn expanded_relationships_are_checked_against_their_types() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let gadget = "---\ntitle: \"gadget resource type\"\ndoc_type: resourcePageType\n---\n\n# gadget resource type\n\n\
Namespace: microsoft.graph\n\nA gadget.\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n\
|id|String|The identifier.|\n\n## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n\
|owner|[widget](widget.md)|The widget that owns it.|\n|parts|[widget](widget.md) collection|Its parts.|\n\n\
## JSON representation\n\n```json\n{\n  \"id\": \"String\"\n}\n```\n";
    std::fs::write(tmp.path().join("gadget.md"), gadget).unwrap();
    let page = |body: &str| {
        format!(
            "---\ntitle: \"Get gadget\"\ndoc_type: apiPageType\n---\n\n# Get gadget\n\n\
## HTTP request\n\n```http\nGET /gadgets/{{id}}\n```\n\n\
## Response\n\nIf successful, this method returns a `200 OK` response code and a [gadget](gadget.md) object in the response body.\n\n\
## Example\n\n### Request\n\n```http\nGET https://graph.microsoft.com/v1.0/gadgets/g1?$expand=owner,parts\n```\n\n\
### Response\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let response = |body: &str| {
        std::fs::write(tmp.path().join("gadget-get.md"), page(body)).unwrap();
        let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
        (the_response(&a), a.diagnostics)
    };
    let (x, diagnostics) = response(
        "{\n  \"id\": \"g1\",\n  \"owner\": {\"id\": \"w1\", \"name\": \"one\"},\n  \"parts\": [{\"id\": \"w2\"}]\n}",
    );
    assert_eq!(x.expectation, Expectation::RoundTrip);
    assert!(diagnostics
        .iter()
        .all(|d| d.code.as_str() != "unknown-property"));
    // a single relationship given as an array does not fit its type
    let (x, _) = response("{\n  \"id\": \"g1\",\n  \"owner\": [{\"id\": \"w1\"}]\n}");
    assert_eq!(
        x.expectation,
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
    // and what is inside is checked like any object of the type
    let (x, _) = response("{\n  \"id\": \"g1\",\n  \"parts\": [{\"name\": 5}]\n}");
    assert_eq!(
        x.expectation,
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
}

#[test]
fn doubles_may_be_odatas_special_strings() {
    let tmp = tempfile::tempdir().unwrap();
    let widget = widget_resource().replace(
        "|name|String|The name.|",
        "|name|String|The name.|\n|weight|Double|The weight.|",
    );
    std::fs::write(tmp.path().join("widget.md"), widget).unwrap();
    let expectation = |weight: &str| {
        let body = format!("{{\n  \"id\": \"w1\",\n  \"weight\": {weight}\n}}");
        std::fs::write(
            tmp.path().join("widget-get.md"),
            get_widget_page("", "200 OK", &body),
        )
        .unwrap();
        let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
        the_response(&a).expectation
    };
    for ok in ["2.5", "3", "\"NaN\"", "\"INF\"", "\"-INF\""] {
        assert_eq!(expectation(ok), Expectation::RoundTrip, "{ok}");
    }
    assert_eq!(
        expectation("\"Infinity\""),
        Expectation::Fails(docgen::Code::WrongJsonKind)
    );
}

#[test]
fn a_single_object_annotated_as_a_collection_is_read_as_one() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("widget.md"), widget_resource()).unwrap();
    let annotation = "<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.widget\", \"isCollection\": true} -->\n";
    let response = |body: &str| {
        let page = get_widget_page(annotation, "200 OK", body);
        std::fs::write(tmp.path().join("widget-get.md"), page).unwrap();
        let a = docgen::analyze(&[tmp.path().to_path_buf()]).unwrap();
        (the_response(&a), a.diagnostics)
    };
    let (x, diagnostics) = response(
        "{\n  \"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#widgets/$entity\",\n  \"id\": \"w1\"\n}",
    );
    assert_eq!(
        x.ty,
        Some(TypeRef::Named(QualifiedName::new(
            "microsoft.graph",
            "widget"
        )))
    );
    assert_eq!(x.expectation, Expectation::RoundTrip);
    let d = diagnostics
        .iter()
        .find(|d| d.code.as_str() == "annotation-type-mismatch")
        .expect("the annotation is reported");
    assert!(
        d.message.contains("its body is one object"),
        "{}",
        d.message
    );
    // a real collection response stays one
    let (x, _) = response("{\n  \"value\": [{\"id\": \"w1\"}]\n}");
    assert!(matches!(x.ty, Some(TypeRef::Collection(_))));
    assert_eq!(x.expectation, Expectation::RoundTrip);
}
