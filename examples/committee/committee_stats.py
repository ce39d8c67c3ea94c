#!/usr/bin/env python3
"""The award committee's figures of one fiscal year, with the Python 3 standard library only.

1. Gets an access token by OAuth2 client credentials from the portal's Keycloak realm.
2. Prints the policy KPIs of the fiscal year (GET /api/v1/stats/kpis).
3. Saves the per-template figures as CSV (GET /api/v1/stats/templates, Accept: text/csv): UTF-8 with BOM, so
   Excel opens the Japanese titles correctly. Nothing is saved when the API answers with an error.

Example against the local demo stack (deploy/run.sh):
    YOKOTEN_CLIENT_SECRET=award-committee-secret python3 committee_stats.py --fiscal-year 2025

Exit status: 0 on success, 1 when the login or the API refused (the problem's message goes to stderr), 2 for bad
arguments.
"""
import argparse
import base64
import csv
import io
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

DEFAULT_API = "http://localhost:8080"
DEFAULT_TOKEN_URL = "http://localhost:8180/realms/yokoten/protocol/openid-connect/token"
TIMEOUT_SECONDS = 30


class Refused(Exception):
    """The login service or the API answered with an error; the message is for a person."""


def problem_message(error):
    """The RFC 9457 problem's title and detail (or the OAuth2 error), else the bare HTTP status."""
    body = error.read().decode("utf-8", errors="replace")
    try:
        doc = json.loads(body)
    except ValueError:
        return "HTTP %d" % error.code
    parts = [doc.get("title") or doc.get("error"), doc.get("detail") or doc.get("error_description")]
    for field_error in doc.get("errors") or []:
        parts.append("%s: %s" % (field_error.get("field"), field_error.get("message")))
    return "HTTP %d: %s" % (error.code, " / ".join(p for p in parts if p))


def fetch(request, what):
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return response.headers, response.read()
    except urllib.error.HTTPError as error:
        raise Refused("%s refused: %s" % (what, problem_message(error))) from None
    except urllib.error.URLError as error:
        raise Refused("%s unreachable: %s" % (what, error.reason)) from None


def client_credentials_token(token_url, client_id, secret):
    form = urllib.parse.urlencode({"grant_type": "client_credentials"}).encode("ascii")
    basic = base64.b64encode(("%s:%s" % (urllib.parse.quote(client_id), urllib.parse.quote(secret))).encode()).decode()
    request = urllib.request.Request(token_url, data=form, method="POST", headers={
        "Authorization": "Basic " + basic, "Content-Type": "application/x-www-form-urlencoded"})
    _, body = fetch(request, "The login service")
    return json.loads(body)["access_token"]


def get(api, path, token, accept, **query):
    url = api.rstrip("/") + path + "?" + urllib.parse.urlencode(query)
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": accept})
    return fetch(request, "The API (%s)" % path)


def print_kpis(report, out):
    out.write("KPI 年度 FY%d (%s – %s, JST)\n" % (report["fiscalYear"], report["from"], report["to"]))
    for kpi in report["kpis"]:
        value = "—" if kpi.get("value") is None else kpi["value"]
        target = ""
        if kpi.get("target") is not None:
            sign = "≥" if kpi.get("comparison") == "atLeast" else "≤"
            target = "  目標 %s %s  %s" % (sign, kpi["target"], "達成" if kpi.get("met") else "未達")
        out.write("  %s: %s %s%s\n" % (kpi["labelJa"], value, kpi["unit"], target))


def main(argv=None):
    parser = argparse.ArgumentParser(description="KPIs and per-template CSV of a fiscal year (award committee)")
    parser.add_argument("--fiscal-year", type=int, required=True, help="e.g. 2025 = 2025-04-01 .. 2026-03-31 JST")
    parser.add_argument("--api", default=os.environ.get("YOKOTEN_API", DEFAULT_API), help="API base URL")
    parser.add_argument("--token-url", default=os.environ.get("YOKOTEN_TOKEN_URL", DEFAULT_TOKEN_URL))
    parser.add_argument("--client-id", default=os.environ.get("YOKOTEN_CLIENT_ID", "award-committee"))
    parser.add_argument("--out", help="CSV file to write (default: templates-FY<year>.csv)")
    args = parser.parse_args(argv)
    secret = os.environ.get("YOKOTEN_CLIENT_SECRET")
    if not secret:
        parser.error("set YOKOTEN_CLIENT_SECRET to the client's secret (kept out of the command line)")
    out_path = args.out or "templates-FY%d.csv" % args.fiscal_year
    try:
        token = client_credentials_token(args.token_url, args.client_id, secret)
        _, body = get(args.api, "/api/v1/stats/kpis", token, "application/json", fiscalYear=args.fiscal_year)
        print_kpis(json.loads(body), sys.stdout)
        headers, csv_bytes = get(args.api, "/api/v1/stats/templates", token, "text/csv", fiscalYear=args.fiscal_year)
        if not (headers.get("Content-Type") or "").startswith("text/csv"):
            raise Refused("The API answered %s instead of CSV" % headers.get("Content-Type"))
    except Refused as refused:
        print(refused, file=sys.stderr)
        return 1
    # Written as received: the bytes already carry the UTF-8 BOM and CRLF line ends.
    with open(out_path, "wb") as f:
        f.write(csv_bytes)
    rows = len(list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")))) - 1
    print("テンプレート別の集計 %d 行を保存しました: %s" % (rows, out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
