/**
 * 校验发现的问题 — findings panel of an annual report on the document details page.
 *
 * Loads the stored result of the automatic check from the repository web script
 * GET /annual-report/validation/{store_type}/{store_id}/{id} (through Share's /proxy/alfresco endpoint) and lists
 * every finding as a table row: severity, rule, location (section / table / row / column / line), the message and
 * the expected and actual figures. Reloads after the 重新校验 action (metadataRefresh event).
 *
 * JSON read: { status, findings: [ { code, severity, message, messageEn,
 *              location: { section, table, row, column, line }, expected, actual } ] }
 * (the engine's AnalysisResult, possibly wrapped as { node, status, result: {...} }).
 */
if (typeof AnnualReport == "undefined" || !AnnualReport)
{
   var AnnualReport = {};
}

(function()
{
   var Dom = YAHOO.util.Dom,
      $html = Alfresco.util.encodeHTML;

   var SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 };

   AnnualReport.ValidationFindings = function AnnualReport_ValidationFindings(htmlId)
   {
      AnnualReport.ValidationFindings.superclass.constructor.call(this, "AnnualReport.ValidationFindings", htmlId, []);
      YAHOO.Bubbling.on("metadataRefresh", this.load, this);
      return this;
   };

   YAHOO.extend(AnnualReport.ValidationFindings, Alfresco.component.Base,
   {
      options:
      {
         /** nodeRef of the report */
         nodeRef: null,
         /** ar:validationStatus when the page was rendered */
         status: null
      },

      onReady: function ValidationFindings_onReady()
      {
         this.load();
      },

      /** Fetches the validation result of the report. */
      load: function ValidationFindings_load()
      {
         var nodeRef = Alfresco.util.NodeRef(this.options.nodeRef);
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "annual-report/validation/" + nodeRef.uri,
            successCallback: { fn: this.onLoaded, scope: this },
            failureCallback: { fn: this.onLoadFailed, scope: this }
         });
      },

      onLoaded: function ValidationFindings_onLoaded(response)
      {
         var json = response.json || {},
            result = json.result || json,
            status = json.status || result.status || this.options.status,
            findings = YAHOO.lang.isArray(result.findings) ? result.findings.slice(0) : null;

         this.renderSummary(status, findings);
         if (findings === null)
         {
            Dom.get(this.id + "-body").innerHTML = '<p class="annual-report-findings-note">' + $html(this.msg("annual-report.findings.pending")) + '</p>';
            return;
         }
         if (findings.length === 0)
         {
            Dom.get(this.id + "-body").innerHTML = '<p class="annual-report-findings-note">' + $html(this.msg("annual-report.findings.none")) + '</p>';
            return;
         }
         findings.sort(function(a, b)
         {
            return (SEVERITY_ORDER[a.severity] || 9) - (SEVERITY_ORDER[b.severity] || 9);
         });
         this.renderTable(findings);
      },

      onLoadFailed: function ValidationFindings_onLoadFailed(response)
      {
         Dom.get(this.id + "-summary").innerHTML = "";
         Dom.get(this.id + "-body").innerHTML = '<p class="annual-report-findings-note">' + $html(this.msg("annual-report.findings.failure")) + '</p>';
      },

      renderSummary: function ValidationFindings_renderSummary(status, findings)
      {
         var html = "", counts = { ERROR: 0, WARNING: 0, INFO: 0 };
         if (status)
         {
            html += '<span class="annual-report-status annual-report-status-' + $html(String(status)) + '">' +
               $html(this.msg("annual-report.findings.status", this.label("annual-report.validationStatus." + status, status))) + '</span>';
         }
         if (findings && findings.length > 0)
         {
            for (var i = 0; i < findings.length; i++)
            {
               if (counts.hasOwnProperty(findings[i].severity))
               {
                  counts[findings[i].severity]++;
               }
            }
            html += ' <span class="annual-report-counts">' + $html(this.msg("annual-report.findings.summary", counts.ERROR, counts.WARNING, counts.INFO)) + '</span>';
         }
         Dom.get(this.id + "-summary").innerHTML = html;
      },

      renderTable: function ValidationFindings_renderTable(findings)
      {
         var columns = ["severity", "rule", "location", "message", "expected", "actual"],
            html = '<table class="annual-report-findings-table"><thead><tr>', i, f;
         for (i = 0; i < columns.length; i++)
         {
            html += '<th>' + $html(this.msg("annual-report.findings.column." + columns[i])) + '</th>';
         }
         html += '</tr></thead><tbody>';
         for (i = 0; i < findings.length; i++)
         {
            f = findings[i];
            html += '<tr class="annual-report-severity-' + $html(String(f.severity)) + '">' +
               '<td class="severity">' + $html(this.label("annual-report.findings.severity." + f.severity, f.severity)) + '</td>' +
               '<td class="rule" title="' + $html(f.code || "") + '">' + $html(this.label("annual-report.findings.rule." + f.code, f.code)) + '</td>' +
               '<td class="location">' + $html(this.location(f.location)) + '</td>' +
               '<td class="message">' + $html(this.message(f)) + '</td>' +
               '<td class="figure">' + $html(this.figure(f.expected)) + '</td>' +
               '<td class="figure">' + $html(this.figure(f.actual)) + '</td>' +
               '</tr>';
         }
         html += '</tbody></table>';
         Dom.get(this.id + "-body").innerHTML = html;
      },

      /** Readable location: 三、收到和处理… / 表三 / row / column / 第N行; 全文 when the finding has none. */
      location: function ValidationFindings_location(loc)
      {
         var parts = [];
         if (loc)
         {
            if (loc.section && !loc.table)
            {
               parts.push(this.label("annual-report.findings.section." + loc.section, loc.section));
            }
            if (loc.table)
            {
               parts.push(this.label("annual-report.findings.table." + loc.table, loc.table));
               if (loc.row)
               {
                  parts.push(this.label("annual-report.findings." + loc.table + ".row." + loc.row, loc.row));
               }
               if (loc.column)
               {
                  parts.push(this.label("annual-report.findings." + loc.table + ".column." + loc.column, loc.column));
               }
            }
            if (loc.line)
            {
               parts.push(this.msg("annual-report.findings.location.line", loc.line));
            }
         }
         return parts.length > 0 ? parts.join(" / ") : this.msg("annual-report.findings.location.document");
      },

      /** The Chinese message for Chinese locales, the English one otherwise (falling back to Chinese). */
      message: function ValidationFindings_message(finding)
      {
         var locale = (Alfresco.constants.JS_LOCALE || "").toLowerCase();
         if (locale.indexOf("zh") !== 0 && finding.messageEn)
         {
            return finding.messageEn;
         }
         return finding.message || finding.messageEn || "";
      },

      figure: function ValidationFindings_figure(value)
      {
         return value === null || value === undefined ? "" : String(value);
      },

      /** A message, or the raw value when the bundle has no label for it (e.g. a rule added later). */
      label: function ValidationFindings_label(key, fallback)
      {
         var text = this.msg(key);
         return text === key ? String(fallback) : text;
      }
   });
})();
