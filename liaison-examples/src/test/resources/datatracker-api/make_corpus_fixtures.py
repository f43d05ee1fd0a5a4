#!/usr/bin/env python3
"""Builds the API-format corpus fixtures from ../shared/corpus/datatracker-pages.json.

Run from the repository root:
    python3 liaison-examples/src/test/resources/datatracker-api/make_corpus_fixtures.py /work/shared/corpus/datatracker-pages.json
Writes liaison-examples/src/test/resources/datatracker-api/corpus/. README.md beside this script
says how each field is derived. Nothing a page does not show is added: absent stays absent.
"""
import json, os, re, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
API = "/api/v1/"

# Group keys: the real Datatracker ids are not shown on the pages; these are local keys.
# acronym, name, type, parent acronym (a WG's area, an SDO group's parent SDO; today's, see README)
GROUPS = {
    "ietf": (1, "ietf", "Internet Engineering Task Force", "ietf", None),
    "iesg": (2, "iesg", "Internet Engineering Steering Group", "iesg", "ietf"),
    "iab": (7, "iab", "Internet Architecture Board", "iab", "ietf"),
    "int": (1052, "int", "Internet Area", "area", "iesg"),
    "ops": (1193, "ops", "Operations and Management Area", "area", "iesg"),
    "rtg": (1249, "rtg", "Routing Area", "area", "iesg"),
    "wit": (2406, "wit", "Web and Internet Transport", "area", "iesg"),
    "ccamp": (1129, "ccamp", "Common Control and Measurement Plane", "wg", "rtg"),
    "mpls": (1140, "mpls", "Multiprotocol Label Switching", "wg", "rtg"),
    "6man": (1723, "6man", "IPv6 Maintenance", "wg", "int"),
    "bmwg": (945, "bmwg", "Benchmarking Methodology", "wg", "ops"),
    "opsawg": (1599, "opsawg", "Operations and Management Area Working Group", "wg", "ops"),
    "spring": (1905, "spring", "Source Packet Routing in Networking", "wg", "rtg"),
    "srv6ops": (2432, "srv6ops", "SRv6 Operations", "wg", "ops"),
    "dmm": (1844, "dmm", "Distributed Mobility Management", "wg", "int"),
    "ippm": (1089, "ippm", "IP Performance Measurement", "wg", "wit"),
    "netmod": (1575, "netmod", "Network Modeling", "wg", "ops"),
    "rtgwg": (1619, "rtgwg", "Routing Area Working Group", "wg", "rtg"),
    "detnet": (1962, "detnet", "Deterministic Networking", "wg", "rtg"),
    "itu-t": (20, "itu-t", "ITU-T", "sdo", None),
    "itu-t-sg-11": (35, "itu-t-sg-11", "ITU-T Study Group 11", "sdo", "itu-t"),
    "itu-t-sg-13": (37, "itu-t-sg-13", "ITU-T Study Group 13", "sdo", "itu-t"),
    "itu-t-sg-15": (39, "itu-t-sg-15", "ITU-T Study Group 15", "sdo", "itu-t"),
    "itu-t-sg-15-q6": (1846, "itu-t-sg-15-q6", "ITU-T SG 15 Q6", "sdo", "itu-t-sg-15"),
    "itu-t-sg-17": (41, "itu-t-sg-17", "ITU-T Study Group 17", "sdo", "itu-t"),
    "itu-t-fg-imt-2020": (2010, "itu-t-fg-imt-2020", "ITU-T Focus Group IMT-2020", "sdo", "itu-t"),
    "3gpp": (60, "3gpp", "3GPP", "sdo", None),
    "3gpp-tsgct-ct4": (1927, "3gpp-tsgct-ct4", "3GPP TSG CT WG4", "sdo", "3gpp"),
    "3gpp-tsgsa-sa2": (1941, "3gpp-tsgsa-sa2", "3GPP TSG SA WG2", "sdo", "3gpp"),
    "broadband-forum": (1936, "broadband-forum", "Broadband Forum", "sdo", None),
    "mef": (1845, "mef", "MEF Forum", "sdo", None),
}

# The group as the page names it -> acronym (the older layout shows names, not acronyms).
SHOWN = {
    "ietf ccamp wg": "ccamp", "itu-t sg15": "itu-t-sg-15", "itu-t sg 15": "itu-t-sg-15",
    "multiprotocol label switching": "mpls",
}

PURPOSE = {"FOR_ACTION": "action", "FOR_INFORMATION": "info", "IN_RESPONSE": "response", "FOR_COMMENT": "comment"}


def acronym(shown):
    a = SHOWN.get(shown.lower(), shown.lower())
    if a not in GROUPS:
        raise SystemExit("no group for " + shown)
    return a


def group_uri(a):
    return API + "group/group/%d/" % GROUPS[a][0]


def name_uri(table, slug):
    return API + "name/%s/%s/" % (table, slug)


def contacts(items):
    """The field as the page shows it: the shown forms, comma-separated ("" when the page shows none)."""
    if not items:
        return ""
    return ", ".join(c["as_shown"] for c in items)


def numeric_id(rid):
    return int(re.search(r"(\d+)$", rid).group(1))


def page(objects, resource, limit, total=None):
    """Splits objects into tastypie list pages."""
    pages = []
    for off in range(0, max(len(objects), 1), limit):
        nxt = API + resource + "?format=json&limit=%d&offset=%d&order_by=id" % (limit, off + limit)
        prev = API + resource + "?format=json&limit=%d&offset=%d&order_by=id" % (limit, off - limit)
        pages.append({"meta": {"limit": limit, "next": nxt if off + limit < len(objects) else None,
                               "offset": off, "previous": prev if off > 0 else None,
                               "total_count": len(objects) if total is None else total},
                      "objects": objects[off:off + limit]})
    return pages


def write(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def main(corpus_path):
    corpus = json.load(open(corpus_path, encoding="utf-8"))
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    statements, events, attachments, documents, related = [], [], [], [], []
    used_groups = set()
    event_id = 9000
    for r in corpus:
        sid = numeric_id(r["id"])
        uri = API + "liaisons/liaisonstatement/%d/" % sid
        from_groups = [acronym(g) for g in (r["from_groups"] or [])]
        to_groups = [acronym(g) for g in (r["to_groups"] or [])]
        used_groups.update(from_groups + to_groups)
        fc = r["from_contact"]
        # before mid-2025 the API gives an email URI; the pages show a name only for those, so the
        # free-text form (what the page shows) is kept; a shown bare address before 2025 would be a URI
        if fc is None:
            from_contact = None
        elif fc["email"] and fc["name"] is None and r["submitted_date"] < "2025-06-01":
            from_contact = API + "person/email/%s/" % fc["email"]
        else:
            from_contact = fc["as_shown"]
        tags = []
        status = r["deadline_action_status_shown"]
        if status == "Action Needed":
            tags.append(name_uri("liaisonstatementtagname", "required"))
        elif status == "Action Taken":
            tags.append(name_uri("liaisonstatementtagname", "taken"))
        s = {
            "id": sid, "resource_uri": uri, "title": r["title"],
            "purpose": name_uri("liaisonstatementpurposename", PURPOSE[r["purpose_normalized"]]),
            "from_groups": [group_uri(a) for a in from_groups],
            "to_groups": [group_uri(a) for a in to_groups],
            "from_contact": from_contact,
            "to_contacts": contacts(r["to_contacts"]),
            "cc_contacts": contacts(r["cc"]),
            "response_contacts": contacts(r["response_contacts"]),
            "technical_contacts": contacts(r["technical_contacts"]),
            "action_holder_contacts": contacts(r["action_holder_contacts"]),
            "deadline": r["deadline"],
            "tags": tags,
            "attachments": [],
        }
        if r["state_shown"] is not None:
            s["state"] = name_uri("liaisonstatementstate", r["state_shown"].lower())
        # body and other_identifiers: the corpus keeps neither; the keys stay absent (not "")
        # else: the page shows no state; the key stays absent (unknown), never guessed
        for n, a in enumerate(r["attachments"] or [], start=1):
            doc_name = "liaison-%d-attachment-%d" % (sid, n)
            doc_uri = API + "doc/document/%s/" % doc_name
            s["attachments"].append(doc_uri)
            doc = {"name": doc_name, "title": a["name"], "resource_uri": doc_uri,
                   "type": name_uri("doctypename", "liai-att")}
            # the page shows no file name; only a shown format is kept, as the document's external_url-less hint
            if a.get("format_shown"):
                doc["format_shown_on_page"] = a["format_shown"]  # an unknown key: the reader must ignore it
            documents.append(doc)
            attachments.append({"id": sid * 10 + n, "statement": uri, "document": doc_uri, "removed": False,
                                "resource_uri": API + "liaisons/liaisonstatementattachment/%d/" % (sid * 10 + n)})
        event_id += 1
        etype = "posted" if r["date_label_shown"] == "Posted Date" else "submitted"
        events.append({"id": event_id, "statement": uri, "time": r["submitted_date"] + "T00:00:00Z",
                       "type": name_uri("liaisonstatementeventtypename", etype), "by": None,
                       "desc": "Statement " + etype.capitalize(),
                       "resource_uri": API + "liaisons/liaisonstatementevent/%d/" % event_id})
        def relate(source, target):
            rel_id = 700 + len(related)
            related.append({"id": rel_id, "source": source, "target": target,
                            "relationship": name_uri("docrelationshipname", "refold"),
                            "resource_uri": API + "liaisons/relatedliaisonstatement/%d/" % rel_id})
        shown = r["related_liaisons_shown"] or {}
        by_id = [m.group(1) for m in (re.match(r"dt-(\d+)$", x) for x in (r["replied_to_by"] or [])) if m]
        for n in by_id:  # a reply known by id (the page links it): a related row whose source is the reply
            relate(API + "liaisons/liaisonstatement/%s/" % n, uri)
        if not by_id:
            # the page links these by title only: the row exists, the other statement's id is not shown
            for n, _title in enumerate(shown.get("referring_to_this_one") or [], start=1):
                relate(API + "liaisons/liaisonstatement/title-only-%d-referring-%d/" % (sid, n), uri)
        for n, _title in enumerate(shown.get("referred_by_this_one") or [], start=1):
            relate(uri, API + "liaisons/liaisonstatement/title-only-%d-referred-%d/" % (sid, n))
        statements.append(s)

    statements.sort(key=lambda s: s["id"])
    for i, p in enumerate(page(statements, "liaisons/liaisonstatement/", 6)):
        write("liaisonstatement-page-%d.json" % (i + 1), p)
    # a duplicate, as the live site sometimes returns: the last page's first statement again
    write("liaisonstatement-duplicate.json", statements[-1])
    events.sort(key=lambda e: e["id"])
    write("liaisonstatementevent-set.json", {"objects": events})
    for i, p in enumerate(page(attachments, "liaisons/liaisonstatementattachment/", 20)):
        write("liaisonstatementattachment-page-%d.json" % (i + 1), p)
    for d in documents:
        write("document-%s.json" % d["name"], d)
    write("relatedliaisonstatement.json", page(related, "liaisons/relatedliaisonstatement/", 20)[0])
    # groups: those referenced, plus the parents they name
    need = set(used_groups)
    for a in list(need):
        p = GROUPS[a][4]
        while p:
            need.add(p)
            p = GROUPS[p][4]
    groups = []
    for a in sorted(need, key=lambda x: GROUPS[x][0]):
        gid, acr, name, typ, parent = GROUPS[a]
        groups.append({"id": gid, "acronym": acr, "name": name, "resource_uri": API + "group/group/%d/" % gid,
                       "type": name_uri("grouptypename", typ), "parent": group_uri(parent) if parent else None,
                       "state": name_uri("groupstatename", "active"), "list_email": "", "ad": None})
    write("group-set.json", {"objects": groups})
    names = {
        "liaisonstatementpurposename": [("action", "For action"), ("comment", "For comment"),
                                        ("info", "For information"), ("response", "In response")],
        "liaisonstatementstate": [("pending", "Pending"), ("approved", "Approved"), ("posted", "Posted"), ("dead", "Dead")],
        "liaisonstatementtagname": [("required", "Action Required"), ("taken", "Action Taken")],
        "liaisonstatementeventtypename": [(x, x.replace("_", " ").capitalize()) for x in
                                          ["submitted", "modified", "approved", "posted", "killed", "resurrected",
                                           "msgin", "msgout", "comment", "private_comment", "resent"]],
    }
    for table, rows in names.items():
        objs = [{"desc": "", "name": n, "order": i, "resource_uri": name_uri(table, slug), "slug": slug, "used": True}
                for i, (slug, n) in enumerate(rows)]
        write("name-%s.json" % table, page(objs, "name/%s/" % table, 20)[0])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/datatracker-pages.json")
