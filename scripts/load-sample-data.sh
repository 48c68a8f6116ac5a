#!/usr/bin/env bash
# Loads the sample agencies, users and reports into a running repository through the ACS public REST API v1:
# groups, users, the site 年度报告 with one agency folder per agency (aspect ar:agencyFolder), permissions, and
# the seed reports of scripts/sample-data uploaded by the agencies' clerks. Re-runnable: what exists is kept.
#
#   scripts/load-sample-data.sh [--check] [--wait SECONDS]
#
#   --check         fail unless every report gets the validation status scripts/sample-data/README.md gives it and
#                   every report uploaded now gets its review task, within --wait seconds (default 180); used by
#                   ./run.sh build_test
#   ALFRESCO_URL    repository base URL          (default PUBLIC_URL of docker/.env + /alfresco, else
#                                                 http://localhost:8080/alfresco)
#   ALFRESCO_ADMIN  admin user[:password]        (default admin:ALFRESCO_ADMIN_PASSWORD of docker/.env when
#                                                 ALFRESCO_URL is not set, else admin:admin)
#   AR_USER_PASSWORD password given to the sample users when they are created (default annualreport)
#   AR_SAMPLE_PREFIX prefix for the site id, the agency groups and the users (default none), to load a separate copy
#                   into a repository that others use, e.g. AR_SAMPLE_PREFIX=demo2-
#
# Needs curl and python3 (JSON handling).
set -euo pipefail
cd "$(dirname "$0")"

ENV_FILE=../docker/.env
env_value() { [ -f "$ENV_FILE" ] && sed -n "s/^$1=//p" "$ENV_FILE" | tail -n 1 || true; }
if [ -z "${ALFRESCO_URL:-}" ]; then
  public=$(env_value PUBLIC_URL)
  ALFRESCO_URL=${public:-http://localhost:8080}/alfresco
  ADMIN=${ALFRESCO_ADMIN:-admin:$(env_value ALFRESCO_ADMIN_PASSWORD)}
else
  ADMIN=${ALFRESCO_ADMIN:-admin:admin}
fi
case "$ADMIN" in *:) ADMIN="${ADMIN}admin";; *:*) ;; *) ADMIN="$ADMIN:admin";; esac
USER_PASSWORD=${AR_USER_PASSWORD:-annualreport}
PREFIX=${AR_SAMPLE_PREFIX:-}
API="$ALFRESCO_URL/api/-default-/public/alfresco/versions/1"
WF_API="$ALFRESCO_URL/api/-default-/public/workflow/versions/1"
# The module's web scripts (platform-module .../webscripts/io/github/zwgk/annualreport/*.desc.xml)
WS="$ALFRESCO_URL/service/annual-report"
SITE_ID=${PREFIX}annual-reports
SITE_TITLE=年度报告${PREFIX:+ ($PREFIX)}
OTHERS_FOLDER=其他机关样例
CHECK=false
WAIT=180

while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=true;;
    --wait) WAIT=${2:?--wait needs seconds}; shift;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "load-sample-data.sh: unknown argument $1" >&2; exit 2;;
  esac
  shift
done

for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "load-sample-data.sh: $tool is required" >&2; exit 2; }
done
[[ $PREFIX =~ ^[a-z0-9-]*$ ]] || { echo "load-sample-data.sh: AR_SAMPLE_PREFIX may hold only a-z, 0-9 and -" >&2; exit 2; }
# The prefix as it goes into a group id: GROUP_AR_AGENCY_HUAXIAN -> GROUP_DEMO2_AR_AGENCY_HUAXIAN
GROUP_PREFIX=$(printf '%s' "$PREFIX" | tr 'a-z-' 'A-Z_')

die() { echo "FAILED: $*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

BODY=$(mktemp); trap 'rm -f "$BODY"' EXIT

# api AUTH METHOD URL [curl args...]: sets STATUS, leaves the response body in $BODY.
api() {
  local auth=$1 method=$2 url=$3; shift 3
  STATUS=$(curl -sS -o "$BODY" -w '%{http_code}' -u "$auth" -X "$method" -H 'Accept: application/json' "$@" "$url") \
    || die "cannot reach $url (is the stack up? ./run.sh start)"
}
# Every POST/PUT with a body says what it sends: the repository refuses other content types on the module's POSTs.
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
# The names the repository sees: agency groups and users carry AR_SAMPLE_PREFIX, the module's reviewers group does not.
grp() { case "$1" in GROUP_ANNUAL_REPORT_REVIEWERS) printf '%s' "$1";; *) printf 'GROUP_%s%s' "$GROUP_PREFIX" "${1#GROUP_}";; esac; }
usr() { printf '%s%s' "$PREFIX" "$1"; }
# auth_of USER: curl credentials of a sample user (admin: the administrator)
auth_of() { if [ "$1" = admin ]; then printf '%s' "$ADMIN"; else printf '%s:%s' "$(usr "$1")" "$USER_PASSWORD"; fi; }
who() { local a; a=$(auth_of "$1"); printf '%s' "${a%%:*}"; }

# --- 0. The repository is up and the module is installed --------------------------------------------------------
# (the probe needs no login)
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' "$API/probes/-ready-") || die "cannot reach $ALFRESCO_URL (is the stack up? ./run.sh start)"
[ "$STATUS" = 200 ] || die "repository at $ALFRESCO_URL is not ready (HTTP $STATUS): wait for ./run.sh start to finish"
api "$ADMIN" GET "$ALFRESCO_URL/api/discovery"
[ "$STATUS" = 401 ] && die "admin credentials rejected: set ALFRESCO_ADMIN=user:password"
expect 200
module=$(jget '" ".join(m["id"]+"@"+m.get("version","?")+":"+m.get("installState","?") for m in j["entry"]["repository"].get("modules",[]) if m["id"]=="annual-report-platform")')
[ -n "$module" ] || die "module annual-report-platform is not installed in $ALFRESCO_URL (build and start with ./run.sh build_start)"
say "repository $ALFRESCO_URL: module $module${PREFIX:+, sample prefix $PREFIX}"

# --- 1. Groups ---------------------------------------------------------------------------------------------------
ensure_group() { # ensure_group GROUP_ID DISPLAY_NAME
  local id; id=$(grp "$1")
  api "$ADMIN" GET "$API/groups/$id"
  if [ "$STATUS" = 200 ]; then say "group $id exists"; return; fi
  expect 404
  json_post "$ADMIN" POST "$API/groups" "{\"id\":$(js "${id#GROUP_}"),\"displayName\":$(js "$2${PREFIX:+ ($PREFIX)}")}"
  expect 201; say "group $id created ($2)"
}
ensure_group GROUP_ANNUAL_REPORT_REVIEWERS 政务公开办审核人员
ensure_group GROUP_AR_AGENCY_HUAXIAN 滑县人民政府办公室
ensure_group GROUP_AR_AGENCY_GUANDIAN 息县关店乡人民政府

# --- 2. Users ----------------------------------------------------------------------------------------------------
ensure_user() { # ensure_user ID FIRST LAST GROUP
  local id; id=$(usr "$1")
  api "$ADMIN" GET "$API/people/$id"
  if [ "$STATUS" = 200 ]; then say "user $id exists (password unchanged)"
  else
    expect 404
    json_post "$ADMIN" POST "$API/people" "{\"id\":$(js "$id"),\"firstName\":$(js "$2"),\"lastName\":$(js "$3"),\"email\":$(js "$id@example.org"),\"password\":$(js "$USER_PASSWORD"),\"enabled\":true}"
    expect 201; say "user $id created ($3$2)"
  fi
  json_post "$ADMIN" POST "$API/groups/$(grp "$4")/members" "{\"id\":$(js "$id"),\"memberType\":\"PERSON\"}"
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
  json_post "$ADMIN" POST "$API/sites/$SITE_ID/group-members" "{\"id\":\"$(grp $g)\",\"role\":\"SiteConsumer\"}"
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
  local props group; group=$(grp "$4")
  props="\"ar:agencyName\":$(js "$1"),\"ar:agencyLevel\":\"$2\",\"ar:agencyKind\":\"$3\",\"ar:agencyGroup\":\"$group\""
  ensure_folder "$DOCLIB" "$1" ",\"aspectNames\":[\"ar:agencyFolder\"],\"properties\":{\"cm:title\":$(js "$1"),$props}"
  # Existing folder: make sure the aspect and the properties are there (aspectNames replaces the whole set).
  api "$ADMIN" GET "$API/nodes/$FOLDER"; expect 200
  local aspects; aspects=$(jget 'json.dumps(sorted(set(j["entry"].get("aspectNames",[]))|{"ar:agencyFolder"}))')
  json_post "$ADMIN" PUT "$API/nodes/$FOLDER" "{\"aspectNames\":$aspects,\"properties\":{$props}}"
  expect 200
  # Only the agency writes here; reviewers read; inheritance off so other agencies see nothing.
  json_post "$ADMIN" PUT "$API/nodes/$FOLDER" "{\"permissions\":{\"isInheritanceEnabled\":false,\"locallySet\":[
    {\"authorityId\":\"$group\",\"name\":\"Collaborator\",\"accessStatus\":\"ALLOWED\"},
    {\"authorityId\":\"GROUP_ANNUAL_REPORT_REVIEWERS\",\"name\":\"Consumer\",\"accessStatus\":\"ALLOWED\"},
    {\"authorityId\":\"GROUP_site_${SITE_ID}_SiteManager\",\"name\":\"SiteManager\",\"accessStatus\":\"ALLOWED\"}]}}"
  expect 200
  say "  $1: ar:agencyFolder $2/$3, $group Collaborator, reviewers Consumer, inheritance off"
}
agency_folder 滑县人民政府办公室 COUNTY DEPARTMENT GROUP_AR_AGENCY_HUAXIAN; HUAXIAN=$FOLDER
agency_folder 息县关店乡人民政府 TOWNSHIP DEPARTMENT GROUP_AR_AGENCY_GUANDIAN; GUANDIAN=$FOLDER
ensure_folder "$DOCLIB" "$OTHERS_FOLDER" ",\"properties\":{\"cm:title\":$(js '其他机关的年报样例（仅审核人员可见）')}"; OTHERS=$FOLDER
json_post "$ADMIN" PUT "$API/nodes/$OTHERS" "{\"permissions\":{\"isInheritanceEnabled\":false,\"locallySet\":[
  {\"authorityId\":\"GROUP_ANNUAL_REPORT_REVIEWERS\",\"name\":\"Collaborator\",\"accessStatus\":\"ALLOWED\"},
  {\"authorityId\":\"GROUP_site_${SITE_ID}_SiteManager\",\"name\":\"SiteManager\",\"accessStatus\":\"ALLOWED\"}]}}"
expect 200

# --- 4. Reports --------------------------------------------------------------------------------------------------
# Into an agency folder the clerk uploads a plain file, as Share does: the module makes it an ar:annualReport of the
# folder's agency. 其他机关样例 is no agency's folder: there the upload asks for the type itself (nodeType), and the
# module analyses it without a review (no agency group to send it back to).
# UPLOADED: id|file|expected status|expected review task (activity id, - for none)|who gets it|uploaded now (1/0)
UPLOADED=()
upload() { # upload USER FOLDER FILE EXPECTED_STATUS [NODE_TYPE]
  local name task=- assignee=- now=0 type=()
  name=$(basename "$3")
  [ -n "${5:-}" ] && type=(-F "nodeType=$5")
  # The review workflow (annual-report-review.bpmn20.xml): a report that passes goes to the reviewers (审核), one that
  # fails back to the agency's group (退回修改). Reports outside agency folders get no review.
  if [ "$2" != "$OTHERS" ]; then
    case "$4" in VALID|VALID_WITH_WARNINGS) task=reviewReport assignee=zwgk.reviewer;; *) task=correctReport assignee=$1;; esac
  fi
  api "$ADMIN" GET "$API/nodes/$2?relativePath=$(urlenc "$name")"
  if [ "$STATUS" = 200 ]; then
    say "report $name is already there"
  else
    expect 404
    api "$(auth_of "$1")" POST "$API/nodes/$2/children" -F "filedata=@$3;type=text/plain" -F "name=$name" -F "autoRename=false" \
      ${type[@]+"${type[@]}"}
    [ "$STATUS" = 401 ] && die "the user $(who "$1") cannot log in: the user existed before with another password (AR_USER_PASSWORD)"
    expect 201
    now=1; say "report $name uploaded by $(who "$1")${5:+ as $5}"
  fi
  UPLOADED+=("$(jget 'j["entry"]["id"]')|$name|$4|$task|$assignee|$now")
}
# Expected statuses: what ./run.sh check gives for each file (scripts/sample-data/README.md; SampleDataTest)
upload huaxian.clerk "$HUAXIAN" sample-data/滑县人民政府办公室-2022.txt INVALID
upload huaxian.clerk "$HUAXIAN" sample-data/滑县人力资源和社会保障局-2019.txt VALID_WITH_WARNINGS
upload guandian.clerk "$GUANDIAN" sample-data/息县关店乡人民政府-2022.txt VALID_WITH_WARNINGS
upload admin "$OTHERS" sample-data/河东区人民政府办公室-2020.txt VALID_WITH_WARNINGS ar:annualReport
upload admin "$OTHERS" sample-data/石泉县人民政府-2023.txt VALID_WITH_WARNINGS ar:annualReport

# --- 5. What the module made of them -----------------------------------------------------------------------------
say "waiting up to ${WAIT}s for the validation results..."
deadline=$(( $(date +%s) + WAIT )); failures=()
for entry in "${UPLOADED[@]}"; do
  IFS='|' read -r id name expected _ _ _ <<<"$entry"
  while :; do
    api "$ADMIN" GET "$API/nodes/$id?include=properties"; expect 200
    status=$(jget 'j["entry"].get("properties",{}).get("ar:validationStatus")')
    if [ -n "$status" ] && [ "$status" != PENDING ]; then break; fi
    [ "$(date +%s)" -ge "$deadline" ] && break
    sleep 5
  done
  line=$(jget '"{:<20} errors={} warnings={} type={}".format(j["entry"]["properties"].get("ar:validationStatus","(none)"), j["entry"]["properties"].get("ar:errorCount","-"), j["entry"]["properties"].get("ar:warningCount","-"), j["entry"]["nodeType"])')
  # The module's own view of the report (GET web script): the same status, and the findings
  api "$ADMIN" GET "$WS/validation/workspace/SpacesStore/$id"
  if [ "$STATUS" = 200 ]; then
    ws_status=$(jget 'j.get("validationStatus") or ""')
    line="$line findings=$(jget 'len(j.get("findings") or [])')"
  else
    ws_status="HTTP $STATUS"
  fi
  say "  $name: $line"
  if [ "$status" != "$expected" ]; then
    failures+=("$name: ar:validationStatus ${status:-(none)}, expected $expected")
  elif [ "$ws_status" != "$expected" ]; then
    failures+=("$name: GET $WS/validation/... says $ws_status, the node says $status")
  fi
done

# Review tasks. A clerk's 退回修改 task is offered to the agency's group (a pooled task): GET /tasks lists for a
# non-administrator only tasks they are involved in (assignee, owner), so ask for the pooled ones with candidateUser.
# tasks_of USER: sets TASK_LINES, one line per active task of USER: id|activityDefinitionId|name|processId
TASK_FIELDS='"\n".join("|".join([e["entry"]["id"], e["entry"].get("activityDefinitionId",""), e["entry"].get("name") or "", e["entry"].get("processId","")]) for e in j["list"]["entries"])'
tasks_of() {
  local auth; auth=$(auth_of "$1")
  api "$auth" GET "$WF_API/tasks?maxItems=100" -H 'Accept-Language: zh-CN'; expect 200
  TASK_LINES=$(jget "$TASK_FIELDS")
  api "$auth" GET "$WF_API/tasks?maxItems=100&where=$(urlenc "(candidateUser='$(usr "$1")')")" -H 'Accept-Language: zh-CN'; expect 200
  TASK_LINES=$(printf '%s\n%s\n' "$TASK_LINES" "$(jget "$TASK_FIELDS")" | sed '/^$/d' | sort -u)
}
# report_tasks USER: sets TASKS_FOUND (id|activity of each of USER's tasks on a report of this script) and
# TASK_LISTING (readable)
report_tasks() {
  local tid activity tname pid item entry items
  TASKS_FOUND=() TASK_LISTING=""
  tasks_of "$1"
  while IFS='|' read -r tid activity tname _; do
    [ -n "$tid" ] || continue
    # (the task's items, as the user sees them: GET /processes/{id}/items answers 500 for a process started by the
    # system user, which has no initiator)
    api "$(auth_of "$1")" GET "$WF_API/tasks/$tid/items"; expect 200
    items=$(jget '" ".join(e["entry"]["id"] for e in j["list"]["entries"])')
    for item in $items; do
      for entry in "${UPLOADED[@]}"; do
        [ "${entry%%|*}" = "$item" ] || continue
        TASKS_FOUND+=("$item|$activity")
        TASK_LISTING+="${TASK_LISTING:+, }${tname:-$activity} ($activity): $(cut -d'|' -f2 <<<"$entry")"
      done
    done
  done <<<"$TASK_LINES"
}
# Each report uploaded now into an agency folder gets its task (the workflow starts right after the analysis).
for entry in "${UPLOADED[@]}"; do
  IFS='|' read -r id name _ task user now <<<"$entry"
  [ "$task" != - ] && [ "$now" = 1 ] || continue
  while :; do
    report_tasks "$user"
    found=false
    for t in ${TASKS_FOUND[@]+"${TASKS_FOUND[@]}"}; do [ "$t" = "$id|$task" ] && found=true; done
    $found && break
    if [ "$(date +%s)" -ge "$deadline" ]; then failures+=("$name: no $task task for $(usr "$user") after ${WAIT}s"); break; fi
    sleep 3
  done
done
for user in huaxian.clerk guandian.clerk zwgk.reviewer; do
  report_tasks "$user"
  say "  tasks of $(usr "$user"): ${TASK_LISTING:-none}"
done

say ""
say "Share: ${SHARE_URL:-${ALFRESCO_URL%/alfresco}/share} → Sites → $SITE_TITLE"
say "  clerks $(usr huaxian.clerk), $(usr guandian.clerk); reviewer $(usr zwgk.reviewer); password: \$AR_USER_PASSWORD (default annualreport)"
if [ ${#failures[@]} -gt 0 ]; then
  for f in "${failures[@]}"; do echo "  NOT AS EXPECTED: $f" >&2; done
  msg="${#failures[@]} report(s) not as expected (see the repository's log, e.g. ./run.sh tail alfresco)"
  if $CHECK; then die "$msg"; else say "NOTE: $msg"; fi
fi
say "sample data loaded"
