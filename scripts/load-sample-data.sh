#!/usr/bin/env bash
# Loads the sample agencies, users and reports into a running repository through the ACS public REST API v1:
# groups, users, the site 年度报告 with one agency folder per agency (aspect ar:agencyFolder), permissions, and
# the seed reports of scripts/sample-data uploaded by the agencies' clerks. Re-runnable: what exists is kept.
#
#   scripts/load-sample-data.sh [--check] [--wait SECONDS]
#
#   --check         fail unless every uploaded report gets a validation status (ar:validationStatus other than
#                   PENDING) within --wait seconds (default 180); used by ./run.sh build_test
#   ALFRESCO_URL    repository base URL          (default http://localhost:8080/alfresco)
#   ALFRESCO_ADMIN  admin user[:password]        (default admin:admin)
#   AR_USER_PASSWORD password given to the sample users when they are created (default annualreport)
#
# Needs curl and python3 (JSON handling).
set -euo pipefail
cd "$(dirname "$0")"

ALFRESCO_URL=${ALFRESCO_URL:-http://localhost:8080/alfresco}
ADMIN=${ALFRESCO_ADMIN:-admin:admin}
case "$ADMIN" in *:*) ;; *) ADMIN="$ADMIN:admin";; esac
USER_PASSWORD=${AR_USER_PASSWORD:-annualreport}
API="$ALFRESCO_URL/api/-default-/public/alfresco/versions/1"
WF_API="$ALFRESCO_URL/api/-default-/public/workflow/versions/1"
SITE_ID=annual-reports
SITE_TITLE=年度报告
OTHERS_FOLDER=其他机关样例
CHECK=false
WAIT=180

while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=true;;
    --wait) WAIT=${2:?--wait needs seconds}; shift;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "load-sample-data.sh: unknown argument $1" >&2; exit 2;;
  esac
  shift
done

for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "load-sample-data.sh: $tool is required" >&2; exit 2; }
done

die() { echo "FAILED: $*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

BODY=$(mktemp); trap 'rm -f "$BODY"' EXIT

# api AUTH METHOD URL [curl args...]: sets STATUS, leaves the response body in $BODY.
api() {
  local auth=$1 method=$2 url=$3; shift 3
  STATUS=$(curl -sS -o "$BODY" -w '%{http_code}' -u "$auth" -X "$method" -H 'Accept: application/json' "$@" "$url") \
    || die "cannot reach $url (is the stack up? ./run.sh start)"
}
json_post() { api "$1" "$2" "$3" -H 'Content-Type: application/json; charset=UTF-8' --data-binary "$4"; }
# expect CODES... : fails with the server's message unless STATUS is one of CODES
expect() {
  local c; for c in "$@"; do [ "$STATUS" = "$c" ] && return 0; done
  die "HTTP $STATUS (expected $*): $(python3 -c 'import json,sys
try: e=json.load(open(sys.argv[1]))["error"]; print(e.get("briefSummary") or e)
except Exception: print(open(sys.argv[1]).read()[:500])' "$BODY")"
}
# jget EXPR: evaluates a Python expression over the JSON response bound to j
jget() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); v=eval(sys.argv[2]); print("" if v is None else v)' "$BODY" "$1"; }
# js VALUE: a JSON string literal
js() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1], ensure_ascii=False))' "$1"; }
urlenc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# --- 0. The repository is up and the module is installed --------------------------------------------------------
# (the probe needs no login)
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' "$API/probes/-ready-") || die "cannot reach $ALFRESCO_URL (is the stack up? ./run.sh start)"
[ "$STATUS" = 200 ] || die "repository at $ALFRESCO_URL is not ready (HTTP $STATUS): wait for ./run.sh start to finish"
api "$ADMIN" GET "$ALFRESCO_URL/api/discovery"
[ "$STATUS" = 401 ] && die "admin credentials rejected: set ALFRESCO_ADMIN=user:password"
expect 200
module=$(jget '" ".join(m["id"]+"@"+m.get("version","?")+":"+m.get("installState","?") for m in j["entry"]["repository"].get("modules",[]) if m["id"]=="annual-report-platform")')
[ -n "$module" ] || die "module annual-report-platform is not installed in $ALFRESCO_URL (build and start with ./run.sh build_start)"
say "repository $ALFRESCO_URL: module $module"

# --- 1. Groups ---------------------------------------------------------------------------------------------------
ensure_group() { # ensure_group GROUP_ID DISPLAY_NAME
  api "$ADMIN" GET "$API/groups/$1"
  if [ "$STATUS" = 200 ]; then say "group $1 exists"; return; fi
  expect 404
  json_post "$ADMIN" POST "$API/groups" "{\"id\":$(js "${1#GROUP_}"),\"displayName\":$(js "$2")}"
  expect 201; say "group $1 created ($2)"
}
ensure_group GROUP_ANNUAL_REPORT_REVIEWERS 政务公开办审核人员
ensure_group GROUP_AR_AGENCY_HUAXIAN 滑县人民政府办公室
ensure_group GROUP_AR_AGENCY_GUANDIAN 息县关店乡人民政府

# --- 2. Users ----------------------------------------------------------------------------------------------------
ensure_user() { # ensure_user ID FIRST LAST GROUP
  api "$ADMIN" GET "$API/people/$1"
  if [ "$STATUS" = 200 ]; then say "user $1 exists (password unchanged)"
  else
    expect 404
    json_post "$ADMIN" POST "$API/people" "{\"id\":$(js "$1"),\"firstName\":$(js "$2"),\"lastName\":$(js "$3"),\"email\":$(js "$1@example.org"),\"password\":$(js "$USER_PASSWORD"),\"enabled\":true}"
    expect 201; say "user $1 created ($3$2)"
  fi
  json_post "$ADMIN" POST "$API/groups/$4/members" "{\"id\":$(js "$1"),\"memberType\":\"PERSON\"}"
  expect 201 409
}
ensure_user huaxian.clerk 文员 滑县 GROUP_AR_AGENCY_HUAXIAN
ensure_user guandian.clerk 文员 关店乡 GROUP_AR_AGENCY_GUANDIAN
ensure_user zwgk.reviewer 审核员 政务公开办 GROUP_ANNUAL_REPORT_REVIEWERS

# --- 3. Site and folders -----------------------------------------------------------------------------------------
api "$ADMIN" GET "$API/sites/$SITE_ID"
if [ "$STATUS" = 200 ]; then say "site $SITE_ID exists"
else
  expect 404
  json_post "$ADMIN" POST "$API/sites?skipAddToFavorites=true" \
    "{\"id\":\"$SITE_ID\",\"title\":$(js "$SITE_TITLE"),\"description\":$(js '政府信息公开工作年度报告的报送与审核'),\"visibility\":\"PRIVATE\"}"
  expect 201; say "site $SITE_ID created ($SITE_TITLE)"
fi
for g in GROUP_AR_AGENCY_HUAXIAN GROUP_AR_AGENCY_GUANDIAN GROUP_ANNUAL_REPORT_REVIEWERS; do
  json_post "$ADMIN" POST "$API/sites/$SITE_ID/group-members" "{\"id\":\"$g\",\"role\":\"SiteConsumer\"}"
  expect 201 409
done
api "$ADMIN" GET "$API/sites/$SITE_ID/containers/documentLibrary"; expect 200
DOCLIB=$(jget 'j["entry"]["id"]')

# ensure_folder PARENT NAME JSON_EXTRA: sets FOLDER to the folder's id; JSON_EXTRA adds aspects/properties on creation
ensure_folder() {
  api "$ADMIN" GET "$API/nodes/$1?relativePath=$(urlenc "$2")&include=aspectNames"
  if [ "$STATUS" = 200 ]; then FOLDER=$(jget 'j["entry"]["id"]'); say "folder $2 exists"; return; fi
  expect 404
  json_post "$ADMIN" POST "$API/nodes/$1/children" "{\"name\":$(js "$2"),\"nodeType\":\"cm:folder\"$3}"
  [ "$STATUS" = 400 ] && [ -n "$3" ] && die "cannot create $2 with the annual-report model ($(jget 'j["error"].get("briefSummary")')): is ar:annualReportModel deployed?"
  expect 201; FOLDER=$(jget 'j["entry"]["id"]'); say "folder $2 created"
}
# agency_folder NAME LEVEL KIND GROUP: an agency's submission space (docs/DESIGN.md, aspect ar:agencyFolder)
agency_folder() {
  local props
  props="\"ar:agencyName\":$(js "$1"),\"ar:agencyLevel\":\"$2\",\"ar:agencyKind\":\"$3\",\"ar:agencyGroup\":\"$4\""
  ensure_folder "$DOCLIB" "$1" ",\"aspectNames\":[\"ar:agencyFolder\"],\"properties\":{\"cm:title\":$(js "$1"),$props}"
  # Existing folder: make sure the aspect and the properties are there (aspectNames replaces the whole set).
  api "$ADMIN" GET "$API/nodes/$FOLDER"; expect 200
  local aspects; aspects=$(jget 'json.dumps(sorted(set(j["entry"].get("aspectNames",[]))|{"ar:agencyFolder"}))')
  json_post "$ADMIN" PUT "$API/nodes/$FOLDER" "{\"aspectNames\":$aspects,\"properties\":{$props}}"
  expect 200
  # Only the agency writes here; reviewers read; inheritance off so other agencies see nothing.
  json_post "$ADMIN" PUT "$API/nodes/$FOLDER" "{\"permissions\":{\"isInheritanceEnabled\":false,\"locallySet\":[
    {\"authorityId\":\"$4\",\"name\":\"Collaborator\",\"accessStatus\":\"ALLOWED\"},
    {\"authorityId\":\"GROUP_ANNUAL_REPORT_REVIEWERS\",\"name\":\"Consumer\",\"accessStatus\":\"ALLOWED\"},
    {\"authorityId\":\"GROUP_site_${SITE_ID}_SiteManager\",\"name\":\"SiteManager\",\"accessStatus\":\"ALLOWED\"}]}}"
  expect 200
  say "  $1: ar:agencyFolder $2/$3, $4 Collaborator, reviewers Consumer, inheritance off"
}
agency_folder 滑县人民政府办公室 COUNTY DEPARTMENT GROUP_AR_AGENCY_HUAXIAN; HUAXIAN=$FOLDER
agency_folder 息县关店乡人民政府 TOWNSHIP DEPARTMENT GROUP_AR_AGENCY_GUANDIAN; GUANDIAN=$FOLDER
ensure_folder "$DOCLIB" "$OTHERS_FOLDER" ",\"properties\":{\"cm:title\":$(js '其他机关的年报样例（仅审核人员可见）')}"; OTHERS=$FOLDER
json_post "$ADMIN" PUT "$API/nodes/$OTHERS" "{\"permissions\":{\"isInheritanceEnabled\":false,\"locallySet\":[
  {\"authorityId\":\"GROUP_ANNUAL_REPORT_REVIEWERS\",\"name\":\"Collaborator\",\"accessStatus\":\"ALLOWED\"},
  {\"authorityId\":\"GROUP_site_${SITE_ID}_SiteManager\",\"name\":\"SiteManager\",\"accessStatus\":\"ALLOWED\"}]}}"
expect 200

# --- 4. Reports, uploaded by the agency's clerk as a Share user would -------------------------------------------
UPLOADED=()
upload() { # upload AUTH FOLDER FILE
  local name; name=$(basename "$3")
  api "$ADMIN" GET "$API/nodes/$2?relativePath=$(urlenc "$name")"
  if [ "$STATUS" = 200 ]; then UPLOADED+=("$(jget 'j["entry"]["id"]')|$name"); say "report $name is already there"; return; fi
  expect 404
  api "$1" POST "$API/nodes/$2/children" -F "filedata=@$3;type=text/plain" -F "name=$name" -F "autoRename=false"
  [ "$STATUS" = 401 ] && die "the clerk ${1%%:*} cannot log in: the user existed before with another password (AR_USER_PASSWORD)"
  expect 201
  UPLOADED+=("$(jget 'j["entry"]["id"]')|$name"); say "report $name uploaded by ${1%%:*}"
}
upload "huaxian.clerk:$USER_PASSWORD" "$HUAXIAN" sample-data/滑县人民政府办公室-2022.txt
upload "huaxian.clerk:$USER_PASSWORD" "$HUAXIAN" sample-data/滑县人力资源和社会保障局-2019.txt
upload "guandian.clerk:$USER_PASSWORD" "$GUANDIAN" sample-data/息县关店乡人民政府-2022.txt
upload "$ADMIN" "$OTHERS" sample-data/河东区人民政府办公室-2020.txt
upload "$ADMIN" "$OTHERS" sample-data/石泉县人民政府-2023.txt

# --- 5. What the module made of them -----------------------------------------------------------------------------
say "waiting up to ${WAIT}s for the validation results..."
deadline=$(( $(date +%s) + WAIT )); missing=0
for entry in "${UPLOADED[@]}"; do
  id=${entry%%|*}; name=${entry#*|}
  while :; do
    api "$ADMIN" GET "$API/nodes/$id?include=properties"; expect 200
    status=$(jget 'j["entry"].get("properties",{}).get("ar:validationStatus")')
    if [ -n "$status" ] && [ "$status" != PENDING ]; then break; fi
    [ "$(date +%s)" -ge "$deadline" ] && break
    sleep 5
  done
  line=$(jget '"{:<10} errors={} warnings={} type={}".format(j["entry"]["properties"].get("ar:validationStatus","(none)"), j["entry"]["properties"].get("ar:errorCount","-"), j["entry"]["properties"].get("ar:warningCount","-"), j["entry"]["nodeType"])')
  say "  $name: $line"
  if [ -z "$status" ] || [ "$status" = PENDING ]; then missing=$((missing + 1)); fi
done
for clerk in huaxian.clerk guandian.clerk; do
  api "$clerk:$USER_PASSWORD" GET "$WF_API/tasks?maxItems=50"
  if [ "$STATUS" = 200 ]; then
    say "  tasks of $clerk: $(jget '", ".join(e["entry"].get("name") or e["entry"].get("activityDefinitionId","?") for e in j["list"]["entries"]) or "none"')"
  fi
done

say ""
say "Share: ${SHARE_URL:-http://localhost:8180/share} → Sites → $SITE_TITLE"
say "  clerks huaxian.clerk, guandian.clerk; reviewer zwgk.reviewer; password: \$AR_USER_PASSWORD (default annualreport)"
if [ "$missing" -gt 0 ]; then
  msg="$missing report(s) without a validation status after ${WAIT}s (see docker compose logs alfresco)"
  if $CHECK; then die "$msg"; else say "NOTE: $msg"; fi
fi
say "sample data loaded"
