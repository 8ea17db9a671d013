//! Permissions tables with a row per resource and a column per kind: each endpoint takes the
//! row its path names, and a page's own table outranks another page's row.

use docgen::pipeline::analyze_bytes;

const EXTENSION_PAGE: &str = r#"---
title: "Get extension"
doc_type: apiPageType
---

# Get extension

Namespace: microsoft.graph

Get an extension of a resource.

## Permissions

| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |
|:-----|:-----|:-----|:-----|
| [event](../resources/event.md) | Calendars.Read | Calendars.Read | Calendars.Read |
| group [event](../resources/event.md) | Group.Read.All | Not supported | Not supported |
| [message](../resources/message.md) | Mail.Read | Mail.Read | Mail.Read |
| [tasklist](../resources/todotasklist.md) | Tasks.Read | Tasks.Read | Tasks.Read.All |
| [user](../resources/user.md) | User.Read | User.Read | User.Read.All |

## HTTP request

```http
GET /me/events/{id}/extensions/{extensionId}
GET /groups/{id}/events/{id}/extensions/{extensionId}
GET /users/{id}/todo/lists/{id}/extensions/{extensionId}
GET /users/{id}/messages
GET /subscriptions/{id}/extensions/{extensionId}
```

## Response

If successful, this method returns a `200 OK` response code.
"#;

const MESSAGES_PAGE: &str = r#"---
title: "List messages"
doc_type: apiPageType
---

# List messages

Namespace: microsoft.graph

List the messages of a user.

## Permissions

|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|Mail.ReadBasic, Mail.Read|
|Delegated (personal Microsoft account)|Mail.ReadBasic, Mail.Read|
|Application|Mail.ReadBasic.All, Mail.Read|

## HTTP request

```http
GET /users/{id}/messages
```

## Response

If successful, this method returns a `200 OK` response code.
"#;

#[test]
fn each_endpoint_takes_the_row_its_path_names() {
    let analysis = analyze_bytes(vec![
        ("api/extension-get.md".into(), EXTENSION_PAGE.into()),
        ("api/user-list-messages.md".into(), MESSAGES_PAGE.into()),
    ]);
    let model = &analysis.apis[0].model;
    let work = |path: &str| {
        let e = model
            .endpoints
            .iter()
            .find(|e| e.path.to_string() == path)
            .unwrap_or_else(|| panic!("no endpoint {path}"));
        (
            e.permissions.delegated_work.clone(),
            e.permissions.application.clone(),
        )
    };
    let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // `/me` is a user's: the event row
    assert_eq!(
        work("/me/events/{id}/extensions/{extensionId}"),
        (list(&["Calendars.Read"]), list(&["Calendars.Read"]))
    );
    // two words of the row in the path beat one
    assert_eq!(
        work("/groups/{id}/events/{id}/extensions/{extensionId}"),
        (list(&["Group.Read.All"]), list(&[]))
    );
    // the deepest resource decides (`lists` is a `tasklist`'s, not the user's)
    assert_eq!(
        work("/users/{id}/todo/lists/{id}/extensions/{extensionId}"),
        (list(&["Tasks.Read"]), list(&["Tasks.Read.All"]))
    );
    // the messages page lists its own: the extension page's row does not count
    assert_eq!(
        work("/users/{id}/messages"),
        (
            list(&["Mail.ReadBasic", "Mail.Read"]),
            list(&["Mail.ReadBasic.All", "Mail.Read"])
        )
    );
    // no row names a subscription: not documented, rather than a guess
    assert!(work("/subscriptions/{id}/extensions/{extensionId}")
        .0
        .is_empty());
}
