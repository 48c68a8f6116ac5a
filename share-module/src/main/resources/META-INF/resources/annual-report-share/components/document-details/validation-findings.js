/**
 * 校验发现的问题 - findings panel of an annual report on the document details page.
 *
 * Loads the repository web script GET /annual-report/validation/{store_type}/{store_id}/{id} (ValidationGet, through
 * Share's /proxy/alfresco endpoint) and draws its stored engine result with AnnualReportView.renderReport
 * (report-view.js with report-labels.js: the same drawing, tables and wording as the offline checker's HTML page).
 *
 * JSON read: { validationStatus, statusReason, validatedAt, retryAt, result: the engine's AnalysisResult or null }.
 * validationStatus is the report's ar:validationStatus and wins over result.status: while it is PENDING (a new
 * version, or 重新校验, queued the analysis) the stored result is the previous one, so the panel shows 正在校验…
 * instead and asks again every few seconds until the status changes; then it tells the other panels of the page
 * (metadataRefresh), so that the properties show the new status too. Reloads after 重新校验 (metadataRefresh).
 */
if (typeof AnnualReport == "undefined" || !AnnualReport)
{
   var AnnualReport = {};
}

(function()
{
   var Dom = YAHOO.util.Dom;

   AnnualReport.ValidationFindings = function AnnualReport_ValidationFindings(htmlId)
   {
      AnnualReport.ValidationFindings.superclass.constructor.call(this, "AnnualReport.ValidationFindings", htmlId, []);
      YAHOO.Bubbling.on("metadataRefresh", this.onMetadataRefresh, this);
      return this;
   };

   YAHOO.extend(AnnualReport.ValidationFindings, Alfresco.component.Base,
   {
      options:
      {
         /** nodeRef of the report */
         nodeRef: null,
         /** ar:validationStatus when the page was rendered */
         status: null,
         /** milliseconds between two requests while the report is PENDING */
         pollInterval: 3000,
         /** after this many requests, ask five times less often */
         pollSlowAfter: 20,
         /** after this many requests, stop and suggest reloading the page */
         pollLimit: 120
      },

      /** Requests made since the report was last seen PENDING for the first time */
      polls: 0,

      /** Timer of the next request while PENDING */
      pollTimer: null,

      /** The report was PENDING: when it is not any more, the other panels are told */
      wasPending: false,

      /** The next metadataRefresh is the panel's own */
      ownRefresh: false,

      onReady: function ValidationFindings_onReady()
      {
         this.load();
      },

      onMetadataRefresh: function ValidationFindings_onMetadataRefresh()
      {
         if (this.ownRefresh)
         {
            this.ownRefresh = false;
            return;
         }
         this.polls = 0;
         this.load();
      },

      /** Fetches the validation result of the report. */
      load: function ValidationFindings_load()
      {
         var nodeRef = Alfresco.util.NodeRef(this.options.nodeRef);
         this.cancelPoll();
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "annual-report/validation/" + nodeRef.uri,
            successCallback: { fn: this.onLoaded, scope: this },
            failureCallback: { fn: this.onLoadFailed, scope: this }
         });
      },

      /** "zh" for Chinese browsers, "en" otherwise (the drawing has both). */
      lang: function ValidationFindings_lang()
      {
         return String(Alfresco.constants.JS_LOCALE || "").toLowerCase().indexOf("zh") === 0 ? "zh" : "en";
      },

      onLoaded: function ValidationFindings_onLoaded(response)
      {
         var json = (response && response.json) || {},
            result = json.result && typeof json.result === "object" ? json.result : null,
            status = json.validationStatus || json.status || (result && result.status) || this.options.status;

         if (status === "PENDING")
         {
            this.showPending(json);
            return;
         }
         this.polls = 0;
         this.showResult(status, json, result);
         if (this.wasPending)
         {
            this.wasPending = false;
            this.ownRefresh = true;
            YAHOO.Bubbling.fire("metadataRefresh");
            this.ownRefresh = false;
         }
      },

      onLoadFailed: function ValidationFindings_onLoadFailed(response)
      {
         this.clear(this.id + "-summary");
         this.note(this.msg("annual-report.findings.failure"), "annual-report-findings-failure");
         if (this.wasPending)
         {
            // a passing failure while the report is being checked: keep asking
            this.schedulePoll();
         }
      },

      /**
       * PENDING: no stale findings; why it is still waiting (e.g. the transform service is down) and when it is tried
       * again, if the repository says so; a note, and another request in a few seconds.
       */
      showPending: function ValidationFindings_showPending(json)
      {
         var summary = this.clear(this.id + "-summary");
         this.wasPending = true;
         summary.appendChild(AnnualReportView.renderStatus("PENDING", json.statusReason, { lang: this.lang() }));
         if (json.retryAt)
         {
            summary.appendChild(this.element("span", "annual-report-findings-retry",
               this.msg("annual-report.findings.retryAt", this.dateTime(json.retryAt))));
         }
         this.note(this.msg("annual-report.findings.checking"), "annual-report-findings-checking");
         this.schedulePoll();
      },

      /** The status line (with when it was checked) and the drawing of the stored result. */
      showResult: function ValidationFindings_showResult(status, json, result)
      {
         var summary = this.clear(this.id + "-summary"), body;
         if (result && result.status === status)
         {
            body = this.clear(this.id + "-body");
            body.appendChild(AnnualReportView.renderReport(result, { lang: this.lang(), idPrefix: this.id, showIdentity: false }));
         }
         else
         {
            // no stored result, or one that the status has overtaken (e.g. a failed analysis): the status only
            summary.appendChild(AnnualReportView.renderStatus(status, json.statusReason, { lang: this.lang() }));
            this.note(result ? "" : this.msg("annual-report.findings.pending"), "annual-report-findings-none");
         }
         if (json.validatedAt)
         {
            summary.appendChild(this.element("span", "annual-report-findings-checked",
               this.msg("annual-report.findings.validatedAt", this.dateTime(json.validatedAt))));
         }
      },

      schedulePoll: function ValidationFindings_schedulePoll()
      {
         var me = this, delay;
         this.cancelPoll();
         this.polls++;
         if (this.polls > this.options.pollLimit)
         {
            this.note(this.msg("annual-report.findings.stillChecking"), "annual-report-findings-slow");
            return;
         }
         delay = this.polls > this.options.pollSlowAfter ? this.options.pollInterval * 5 : this.options.pollInterval;
         this.pollTimer = window.setTimeout(function()
         {
            me.pollTimer = null;
            me.load();
         }, delay);
      },

      cancelPoll: function ValidationFindings_cancelPoll()
      {
         if (this.pollTimer !== null)
         {
            window.clearTimeout(this.pollTimer);
            this.pollTimer = null;
         }
      },

      /** "2026-01-20 10:00" in the browser's time zone, from the ISO instant of ar:validatedAt. */
      dateTime: function ValidationFindings_dateTime(iso)
      {
         var d = new Date(iso);
         function two(n)
         {
            return (n < 10 ? "0" : "") + n;
         }
         if (isNaN(d.getTime()))
         {
            return String(iso);
         }
         return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + two(d.getHours()) + ":" + two(d.getMinutes());
      },

      /** Empties an element of the panel and returns it. */
      clear: function ValidationFindings_clear(id)
      {
         var el = Dom.get(id);
         while (el.firstChild)
         {
            el.removeChild(el.firstChild);
         }
         return el;
      },

      /** Replaces the panel body with one note (text only). */
      note: function ValidationFindings_note(text, className)
      {
         var body = this.clear(this.id + "-body");
         if (text)
         {
            body.appendChild(this.element("p", "annual-report-findings-note " + className, text));
         }
      },

      element: function ValidationFindings_element(tag, className, text)
      {
         var el = document.createElement(tag);
         el.className = className;
         el.appendChild(document.createTextNode(String(text)));
         return el;
      }
   });
})();
