/*
 * report-view.js - draws the engine's results (the AnalysisResult JSON of docs/CHECKER.md): tables 二, 三 and 四 as
 * the template of 国办公开办函〔2019〕60号 / 〔2021〕30号 draws them, the cells a finding names highlighted and
 * numbered, each table's findings right under it (expected vs actual), then the other findings.
 *
 * One file for two places: the offline checker inlines it into its HTML page (renderPage), Share's findings panel on
 * document details loads it (renderReport). Row, column and rule wording comes from AnnualReportLabels
 * (report-labels.js, generated from the engine's enums). ES5, no dependencies. Every piece of report text (file and
 * agency names, cell text, messages) reaches the page as a text node or an attribute value, never as markup.
 */
(function (root)
{
   "use strict";

   var SEVERITY_RANK = { ERROR: 0, WARNING: 1, INFO: 2 };
   var TABLES = ["T2", "T3", "T4"];
   var STATUSES = ["VALID", "VALID_WITH_WARNINGS", "INVALID", "NOT_A_REPORT", "UNREADABLE"];

   /** 0 ERROR, 1 WARNING, 2 INFO, 3 anything else (a severity a newer engine may add). */
   function rank(severity)
   {
      return SEVERITY_RANK.hasOwnProperty(severity) ? SEVERITY_RANK[severity] : 3;
   }

   /** A severity or status usable in a class name: known values as they are, anything else "OTHER". */
   function token(value, known)
   {
      return known.hasOwnProperty(value) ? value : "OTHER";
   }

   function has(object, key)
   {
      return object !== null && typeof object === "object" && Object.prototype.hasOwnProperty.call(object, key);
   }

   function isArray(value)
   {
      return Object.prototype.toString.call(value) === "[object Array]";
   }

   function figure(value)
   {
      return value === null || value === undefined ? "" : String(value);
   }

   /**
    * The findings sorted ERROR, WARNING, INFO, others; in the engine's order within a severity. Each entry is
    * { n: its number (1-based), f: the finding }.
    */
   function sortFindings(findings)
   {
      var list = [], i;
      if (isArray(findings))
      {
         for (i = 0; i < findings.length; i++)
         {
            if (findings[i] && typeof findings[i] === "object")
            {
               list.push({ i: i, f: findings[i] });
            }
         }
      }
      list.sort(function (a, b)
      {
         return rank(a.f.severity) - rank(b.f.severity) || a.i - b.i;
      });
      for (i = 0; i < list.length; i++)
      {
         list[i].n = i + 1;
      }
      return list;
   }

   /**
    * A drawing context: labels, language, the document to build in and a prefix for element ids.
    *
    * @param options { labels (default window.AnnualReportLabels), lang ("zh" | "en"), document, idPrefix }
    */
   function View(options)
   {
      options = options || {};
      this.labels = options.labels || root.AnnualReportLabels;
      if (!this.labels)
      {
         throw new Error("AnnualReportLabels (report-labels.js) is not loaded");
      }
      this.lang = options.lang === "en" ? "en" : "zh";
      this.doc = options.document || root.document;
      this.prefix = String(options.idPrefix || "ar");
   }

   View.prototype =
   {
      /** The page's own words: labels.text[lang][key] with {0}, {1} … replaced. */
      t: function (key)
      {
         var texts = this.labels.text[this.lang] || {}, text = has(texts, key) ? texts[key] : key, args = arguments;
         return text.replace(/\{(\d+)\}/g, function (all, index)
         {
            var value = args[Number(index) + 1];
            return value === undefined ? all : String(value);
         });
      },

      /** A {zh, en} label in the current language. */
      pick: function (label)
      {
         if (label === null || label === undefined)
         {
            return "";
         }
         if (typeof label === "string")
         {
            return label;
         }
         return label[this.lang] || label.zh || "";
      },

      el: function (tag, className, text)
      {
         var node = this.doc.createElement(tag);
         if (className)
         {
            node.className = className;
         }
         if (text !== undefined && text !== null && text !== "")
         {
            node.appendChild(this.doc.createTextNode(String(text)));
         }
         return node;
      },

      text: function (parent, text)
      {
         parent.appendChild(this.doc.createTextNode(String(text)));
         return parent;
      },

      /** A link to an element of the page that scrolls to it (no change of location, as Share pages keep state there). */
      jump: function (node, targetId)
      {
         var doc = this.doc;
         node.setAttribute("href", "#" + targetId);
         node.onclick = function (event)
         {
            var target = doc.getElementById(targetId);
            if (target && target.scrollIntoView)
            {
               target.scrollIntoView();
               if (event && event.preventDefault)
               {
                  event.preventDefault();
               }
               return false;
            }
            return true;
         };
         return node;
      },

      statusLabel: function (status)
      {
         return has(this.labels.statuses, status) ? this.pick(this.labels.statuses[status]) : figure(status);
      },

      severityLabel: function (severity)
      {
         return has(this.labels.severities, severity) ? this.pick(this.labels.severities[severity]) : figure(severity);
      },

      ruleTitle: function (code)
      {
         return has(this.labels.rules, code) ? this.pick(this.labels.rules[code]) : figure(code);
      },

      /** A status badge: the status in words, its id as a class and attribute. */
      statusBadge: function (status)
      {
         var badge = this.el("span", "ar-status ar-status-" + token(status, { VALID: 1, VALID_WITH_WARNINGS: 1,
            INVALID: 1, NOT_A_REPORT: 1, UNREADABLE: 1, PENDING: 1 }), this.statusLabel(status));
         badge.setAttribute("data-status", figure(status));
         return badge;
      },

      /** The template format the tables follow: tables.format, else format, else the one for the report year. */
      format: function (result)
      {
         var format = (result.tables && result.tables.format) || result.format;
         if (format === "2019" || format === "2021")
         {
            return format;
         }
         return typeof result.reportYear === "number" && result.reportYear < 2021 ? "2019" : "2021";
      },

      rowLabel: function (table, rowId, format)
      {
         var rows = this.labels.tables[table] && this.labels.tables[table].rows, row;
         if (!has(rows, rowId))
         {
            return figure(rowId);
         }
         row = rows[rowId];
         if (table === "T2")
         {
            return format === "2019" ? row.label2019 : row.label;
         }
         if (table === "T3" && row.group)
         {
            return row.group + " " + row.label;
         }
         return row.label;
      },

      columnLabel: function (table, columnId)
      {
         var columns = this.labels.tables[table] && this.labels.tables[table].columns;
         return has(columns, columnId) ? columns[columnId] : figure(columnId);
      },

      /** Where a finding points, in words: 表三 “（七）总计”行 “自然人”列, a section heading, a page, or the whole report. */
      location: function (loc, format)
      {
         var parts = [], zh = this.lang === "zh", tableLabels;
         loc = loc && typeof loc === "object" ? loc : {};
         if (loc.table)
         {
            tableLabels = this.labels.tables[loc.table];
            parts.push(tableLabels ? this.pick(tableLabels.name) : figure(loc.table));
            if (loc.row && loc.table !== "T4")
            {
               parts.push(zh ? "“" + this.rowLabel(loc.table, loc.row, format) + "”行"
                  : "row “" + this.rowLabel(loc.table, loc.row, format) + "”");
            }
            if (loc.column)
            {
               parts.push(zh ? "“" + this.columnLabel(loc.table, loc.column) + "”" + (loc.table === "T4" ? "" : "列")
                  : "column “" + this.columnLabel(loc.table, loc.column) + "”");
            }
         }
         else if (loc.section)
         {
            parts.push(has(this.labels.sections, loc.section) ? this.pick(this.labels.sections[loc.section]) : figure(loc.section));
         }
         if (loc.page)
         {
            parts.push(this.t("page", loc.page));
         }
         else if (loc.line && !loc.table)
         {
            parts.push(this.t("line", loc.line));
         }
         return parts.length > 0 ? parts.join(zh ? " " : ", ") : this.t("wholeReport");
      },

      /** "应为 34，实为 35" or "" when the finding has no figures. */
      figures: function (finding)
      {
         var parts = [];
         if (finding.expected !== null && finding.expected !== undefined)
         {
            parts.push(this.t("expected", figure(finding.expected)));
         }
         if (finding.actual !== null && finding.actual !== undefined)
         {
            parts.push(this.t("actual", figure(finding.actual)));
         }
         return parts.join(this.lang === "zh" ? "，" : ", ");
      },

      message: function (finding)
      {
         if (this.lang === "en" && finding.messageEn)
         {
            return finding.messageEn;
         }
         return figure(finding.message || finding.messageEn);
      },

      findingId: function (n)
      {
         return this.prefix + "-f" + n;
      },

      /** One finding: number, severity, rule title and code, message, location, expected and actual. */
      findingItem: function (entry, format)
      {
         var f = entry.f, severity = token(f.severity, SEVERITY_RANK),
            li = this.el("li", "ar-finding ar-sev-" + severity), head = this.el("div", "ar-finding-head"),
            meta = this.el("div", "ar-finding-meta"), figures = this.figures(f);
         li.id = this.findingId(entry.n);
         li.setAttribute("data-number", String(entry.n));
         li.setAttribute("data-code", figure(f.code));
         li.setAttribute("data-severity", figure(f.severity));
         head.appendChild(this.el("span", "ar-num", entry.n));
         head.appendChild(this.el("span", "ar-badge ar-badge-" + severity, this.severityLabel(f.severity)));
         head.appendChild(this.el("span", "ar-rule", this.ruleTitle(f.code)));
         head.appendChild(this.el("code", "ar-code", f.code));
         li.appendChild(head);
         li.appendChild(this.el("div", "ar-message", this.message(f)));
         meta.appendChild(this.el("span", "ar-where", this.t("where", this.location(f.location, format))));
         if (figures)
         {
            meta.appendChild(this.el("span", "ar-figures", figures));
         }
         li.appendChild(meta);
         return li;
      },

      findingList: function (entries, format, className)
      {
         var ol = this.el("ol", "ar-findings " + (className || "")), i;
         for (i = 0; i < entries.length; i++)
         {
            ol.appendChild(this.findingItem(entries[i], format));
         }
         return ol;
      },

      /** The compact index at the top: one line per finding, most severe first, each a link to its entry. */
      findingIndex: function (entries, format)
      {
         var ul = this.el("ul", "ar-index"), i, entry, li, link, severity;
         for (i = 0; i < entries.length; i++)
         {
            entry = entries[i];
            severity = token(entry.f.severity, SEVERITY_RANK);
            li = this.el("li", "ar-index-item ar-sev-" + severity);
            li.setAttribute("data-number", String(entry.n));
            li.setAttribute("data-severity", figure(entry.f.severity));
            link = this.jump(this.el("a", "ar-num", entry.n), this.findingId(entry.n));
            li.appendChild(link);
            li.appendChild(this.el("span", "ar-badge ar-badge-" + severity, this.severityLabel(entry.f.severity)));
            li.appendChild(this.el("span", "ar-rule", this.ruleTitle(entry.f.code)));
            li.appendChild(this.el("span", "ar-index-where", this.location(entry.f.location, format)));
            ul.appendChild(li);
         }
         return ul;
      },

      /**
       * Which findings each cell, row, column and table of the drawn tables carries: a finding with row and column
       * marks that cell; with a row only (a grouped blank-cell finding, a missing row) the whole row; with a column
       * only (an unbalanced column) the whole column; with a table only, the table.
       */
      marks: function (entries)
      {
         var marks = { cell: {}, row: {}, column: {}, table: {}, byTable: { T2: [], T3: [], T4: [] }, other: [] },
            i, entry, loc, key;
         for (i = 0; i < entries.length; i++)
         {
            entry = entries[i];
            loc = entry.f.location && typeof entry.f.location === "object" ? entry.f.location : {};
            if (!loc.table || !has(marks.byTable, loc.table))
            {
               marks.other.push(entry);
               continue;
            }
            marks.byTable[loc.table].push(entry);
            if (loc.row && loc.column)
            {
               key = loc.table + "|" + loc.row + "|" + loc.column;
               (marks.cell[key] = marks.cell[key] || []).push(entry);
            }
            else if (loc.row)
            {
               key = loc.table + "|" + loc.row;
               (marks.row[key] = marks.row[key] || []).push(entry);
            }
            else if (loc.column)
            {
               key = loc.table + "|" + loc.column;
               (marks.column[key] = marks.column[key] || []).push(entry);
            }
            else
            {
               (marks.table[loc.table] = marks.table[loc.table] || []).push(entry);
            }
         }
         return marks;
      },

      /** A header cell. */
      th: function (text, colspan, rowspan, className)
      {
         var th = this.el("th", className, text);
         if (colspan > 1)
         {
            th.setAttribute("colspan", String(colspan));
         }
         if (rowspan > 1)
         {
            th.setAttribute("rowspan", String(rowspan));
         }
         return th;
      },

      /** A row or column header that carries row- or column-wide findings gets their numbers. */
      markHeader: function (th, entries)
      {
         var i, severity = null;
         if (!entries || entries.length === 0)
         {
            return th;
         }
         for (i = 0; i < entries.length; i++)
         {
            if (severity === null || rank(entries[i].f.severity) < rank(severity))
            {
               severity = entries[i].f.severity;
            }
            th.appendChild(this.marker(entries[i]));
         }
         th.className += " ar-hl-head ar-hl-" + token(severity, SEVERITY_RANK);
         return th;
      },

      marker: function (entry)
      {
         var sup = this.el("sup", "ar-marker ar-sev-" + token(entry.f.severity, SEVERITY_RANK)),
            link = this.jump(this.el("a", null, entry.n), this.findingId(entry.n));
         link.setAttribute("title", this.message(entry.f));
         sup.appendChild(link);
         return sup;
      },

      /** One data cell: the text as written, and, when findings name it, their numbers, colour and expected figure. */
      cell: function (table, data, rowId, columnId, marks, colspan)
      {
         var td = this.el("td", "ar-cell"), rows = data && data.rows, cell = null, kind, entries = [], own, i,
            severity = null, titles = [], value, expected;
         if (has(rows, rowId) && has(rows[rowId], columnId))
         {
            cell = rows[rowId][columnId];
         }
         kind = cell && cell.kind ? cell.kind : "BLANK";
         td.className += " ar-kind-" + token(kind, { NUMBER: 1, BLANK: 1, NOT_APPLICABLE: 1, UNREADABLE: 1, AMBIGUOUS: 1 });
         td.setAttribute("data-table", table);
         td.setAttribute("data-row", rowId);
         td.setAttribute("data-column", columnId);
         if (colspan > 1)
         {
            td.setAttribute("colspan", String(colspan));
         }
         // an AMBIGUOUS cell (digits run together) shows its candidates, "1 / 11", not the whole run
         value = this.el("span", "ar-value", kind === "AMBIGUOUS" && cell.candidates && cell.candidates.length > 0
            ? cell.candidates.map(String).join(" / ") : cell && cell.raw !== undefined ? cell.raw : "");
         td.appendChild(value);
         if (kind !== "NUMBER")
         {
            td.setAttribute("title", this.t("kind." + token(kind, { BLANK: 1, NOT_APPLICABLE: 1, UNREADABLE: 1,
               AMBIGUOUS: 1 })));
         }
         own = marks.cell[table + "|" + rowId + "|" + columnId] || [];
         entries = entries.concat(own, marks.row[table + "|" + rowId] || [], marks.column[table + "|" + columnId] || []);
         if (entries.length === 0)
         {
            return td;
         }
         for (i = 0; i < entries.length; i++)
         {
            if (severity === null || rank(entries[i].f.severity) < rank(severity))
            {
               severity = entries[i].f.severity;
            }
            titles.push(entries[i].n + ". " + this.message(entries[i].f));
         }
         for (i = 0; i < own.length; i++)
         {
            td.appendChild(this.marker(own[i]));
            // "应为" in the cell only where the cell holds the finding's actual figure (not, e.g., for a figure of
            // the overview that differs from this cell)
            if (own[i].f.expected !== null && own[i].f.expected !== undefined && expected === undefined
               && kind === "NUMBER" && Number(cell.value) === Number(own[i].f.actual))
            {
               expected = own[i].f.expected;
               td.appendChild(this.el("div", "ar-expected", this.t("expected", figure(expected))));
            }
         }
         td.className += " ar-hl ar-hl-" + token(severity, SEVERITY_RANK);
         td.setAttribute("data-highlight", token(severity, SEVERITY_RANK));
         td.setAttribute("data-findings", (function ()
         {
            var numbers = [], j;
            for (j = 0; j < entries.length; j++)
            {
               numbers.push(entries[j].n);
            }
            return numbers.join(" ");
         })());
         td.setAttribute("title", titles.join("\n"));
         return td;
      },

      isMissingRow: function (data, rowId)
      {
         var missing = data && data.missingRows, i;
         if (isArray(missing))
         {
            for (i = 0; i < missing.length; i++)
            {
               if (missing[i] === rowId)
               {
                  return true;
               }
            }
         }
         return false;
      },

      rowHeader: function (th, table, data, rowId, marks)
      {
         if (this.isMissingRow(data, rowId))
         {
            th.appendChild(this.el("span", "ar-row-missing-note", this.t("rowMissing")));
         }
         return this.markHeader(th, marks.row[table + "|" + rowId]);
      },

      newTable: function (table, format)
      {
         var node = this.el("table", "ar-table ar-table-" + table);
         node.setAttribute("data-table", table);
         node.setAttribute("data-format", format);
         return node;
      },

      dataRow: function (table, rowId, data)
      {
         var tr = this.el("tr", this.isMissingRow(data, rowId) ? "ar-row-missing" : null);
         tr.setAttribute("data-row", rowId);
         return tr;
      },

      /** 表二: per 第二十条 item a heading row, a header row (信息内容 + its columns) and its rows. */
      table2: function (data, format, marks)
      {
         var layout = this.labels.tables.T2, blocks = layout.formats[format] || [], width = 1, table, body, b, block,
            tr, c, r, span;
         for (b = 0; b < blocks.length; b++)
         {
            width = Math.max(width, blocks[b].columns.length);
         }
         table = this.newTable("T2", format);
         body = this.el("tbody");
         table.appendChild(body);
         for (b = 0; b < blocks.length; b++)
         {
            block = blocks[b];
            tr = this.el("tr", "ar-block-row");
            tr.appendChild(this.th(block.block, width + 1, 1, "ar-block"));
            body.appendChild(tr);
            tr = this.el("tr", "ar-head-row");
            tr.appendChild(this.th(layout.contentHeader, 1, 1, "ar-col-head"));
            for (c = 0; c < block.columns.length; c++)
            {
               span = c === block.columns.length - 1 ? width - c : 1;
               tr.appendChild(this.markHeader(this.th(layout.columns[block.columns[c]], span, 1, "ar-col-head"),
                  marks.column["T2|" + block.columns[c]]));
            }
            body.appendChild(tr);
            for (r = 0; r < block.rows.length; r++)
            {
               tr = this.dataRow("T2", block.rows[r].id, data);
               tr.appendChild(this.rowHeader(this.th(block.rows[r].label, 1, 1, "ar-row-head"), "T2", data, block.rows[r].id, marks));
               for (c = 0; c < block.columns.length; c++)
               {
                  span = c === block.columns.length - 1 ? width - c : 1;
                  tr.appendChild(this.cell("T2", data, block.rows[r].id, block.columns[c], marks, span));
               }
               body.appendChild(tr);
            }
         }
         return table;
      },

      /** 表三: the corner note, 申请人情况 over 自然人 | 法人或其他组织 (five) | 总计, rows with their group cells. */
      table3: function (data, format, marks)
      {
         var layout = this.labels.tables.T3, rows = layout.formats[format] || [], columns = layout.columnOrder,
            organisations = layout.organisationColumns, table = this.newTable("T3", format), head = this.el("thead"),
            body = this.el("tbody"), tr, i, c, rowId, row, outcomeCount = 0, outcomesOpen = false, group, groupSize, j;
         tr = this.el("tr");
         tr.appendChild(this.th(layout.corner, 3, 3, "ar-corner"));
         tr.appendChild(this.th(layout.applicants, columns.length, 1, "ar-col-group"));
         head.appendChild(tr);
         tr = this.el("tr");
         for (c = 0; c < columns.length; c++)
         {
            if (columns[c] === organisations[0])
            {
               tr.appendChild(this.th(layout.organisations, organisations.length, 1, "ar-col-group"));
            }
            else if (organisations.indexOf(columns[c]) < 0)
            {
               tr.appendChild(this.markHeader(this.th(layout.columns[columns[c]], 1, 2, "ar-col-head"),
                  marks.column["T3|" + columns[c]]));
            }
         }
         head.appendChild(tr);
         tr = this.el("tr");
         for (c = 0; c < organisations.length; c++)
         {
            tr.appendChild(this.markHeader(this.th(layout.columns[organisations[c]], 1, 1, "ar-col-head"),
               marks.column["T3|" + organisations[c]]));
         }
         head.appendChild(tr);
         table.appendChild(head);
         table.appendChild(body);

         for (i = 0; i < rows.length; i++)
         {
            if (layout.rows[rows[i]].outcome)
            {
               outcomeCount++;
            }
         }
         for (i = 0; i < rows.length; i++)
         {
            rowId = rows[i];
            row = layout.rows[rowId];
            tr = this.dataRow("T3", rowId, data);
            if (!row.outcome)
            {
               tr.appendChild(this.rowHeader(this.th(row.label, 3, 1, "ar-row-head"), "T3", data, rowId, marks));
            }
            else
            {
               if (!outcomesOpen)
               {
                  tr.appendChild(this.th(layout.outcomes, 1, outcomeCount, "ar-row-group"));
                  outcomesOpen = true;
               }
               if (row.group)
               {
                  if (i === 0 || layout.rows[rows[i - 1]].group !== row.group)
                  {
                     group = row.group;
                     groupSize = 0;
                     for (j = i; j < rows.length && layout.rows[rows[j]].group === group; j++)
                     {
                        groupSize++;
                     }
                     tr.appendChild(this.th(group, 1, groupSize, "ar-row-group"));
                  }
                  tr.appendChild(this.rowHeader(this.th(row.label, 1, 1, "ar-row-head"), "T3", data, rowId, marks));
               }
               else
               {
                  tr.appendChild(this.rowHeader(this.th(row.label, 2, 1, "ar-row-head"), "T3", data, rowId, marks));
               }
            }
            for (c = 0; c < columns.length; c++)
            {
               tr.appendChild(this.cell("T3", data, rowId, columns[c], marks, 1));
            }
            body.appendChild(tr);
         }
         return table;
      },

      /** 表四: 行政复议 (five) | 行政诉讼 over 未经复议直接起诉 (five) and 复议后起诉 (five); one row of numbers. */
      table4: function (data, format, marks)
      {
         var layout = this.labels.tables.T4, groups = layout.groups, table = this.newTable("T4", format),
            head = this.el("thead"), body = this.el("tbody"), top = this.el("tr"), middle = this.el("tr"),
            bottom = this.el("tr"), row, g, c, j, span, column;
         for (g = 0; g < groups.length; g++)
         {
            if (groups[g].parent)
            {
               if (g === 0 || groups[g - 1].parent !== groups[g].parent)
               {
                  span = 0;
                  for (j = g; j < groups.length && groups[j].parent === groups[g].parent; j++)
                  {
                     span += groups[j].columns.length;
                  }
                  top.appendChild(this.th(groups[g].parent, span, 1, "ar-col-group"));
               }
               middle.appendChild(this.th(groups[g].label, groups[g].columns.length, 1, "ar-col-group"));
               for (c = 0; c < groups[g].columns.length; c++)
               {
                  column = groups[g].columns[c];
                  bottom.appendChild(this.markHeader(this.th(column.label, 1, 1, "ar-col-head"), marks.column["T4|" + column.id]));
               }
            }
            else
            {
               top.appendChild(this.th(groups[g].label, groups[g].columns.length, 1, "ar-col-group"));
               for (c = 0; c < groups[g].columns.length; c++)
               {
                  column = groups[g].columns[c];
                  middle.appendChild(this.markHeader(this.th(column.label, 1, 2, "ar-col-head"), marks.column["T4|" + column.id]));
               }
            }
         }
         head.appendChild(top);
         head.appendChild(middle);
         head.appendChild(bottom);
         table.appendChild(head);
         row = this.dataRow("T4", layout.row, data);
         for (g = 0; g < groups.length; g++)
         {
            for (c = 0; c < groups[g].columns.length; c++)
            {
               row.appendChild(this.cell("T4", data, layout.row, groups[g].columns[c].id, marks, 1));
            }
         }
         if (marks.row["T4|" + layout.row])
         {
            row.className += " ar-hl-row";
         }
         body.appendChild(row);
         table.appendChild(body);
         return table;
      },

      /** One table block: heading, the drawn table (or why there is none), then the findings that point into it. */
      tableBlock: function (result, tableId, format, marks)
      {
         var layout = this.labels.tables[tableId], data = result.tables ? result.tables[tableId.toLowerCase()] : null,
            block = this.el("div", "ar-table-block"), heading = this.el("h4", "ar-table-title"), scroll, drawn,
            entries = marks.byTable[tableId];
         block.id = this.prefix + "-" + tableId;
         block.setAttribute("data-table", tableId);
         heading.appendChild(this.el("span", "ar-table-name", this.pick(layout.name)));
         heading.appendChild(this.el("span", "ar-table-caption", layout.title.zh));
         this.markHeader(heading, marks.table[tableId]);
         block.appendChild(heading);
         if (!data || data.found !== true)
         {
            block.appendChild(this.el("p", "ar-table-missing", this.t("tableMissing", this.pick(layout.name))));
         }
         else
         {
            drawn = tableId === "T2" ? this.table2(data, format, marks)
               : tableId === "T3" ? this.table3(data, format, marks) : this.table4(data, format, marks);
            scroll = this.el("div", "ar-scroll");
            scroll.appendChild(drawn);
            block.appendChild(scroll);
         }
         if (entries.length > 0)
         {
            block.appendChild(this.findingList(entries, format, "ar-table-findings"));
         }
         return block;
      },

      counts: function (findings)
      {
         var counts = { ERROR: 0, WARNING: 0, INFO: 0 }, i;
         if (isArray(findings))
         {
            for (i = 0; i < findings.length; i++)
            {
               if (findings[i] && has(counts, findings[i].severity))
               {
                  counts[findings[i].severity]++;
               }
            }
         }
         return counts;
      },

      /**
       * One report. Options: showStatus (default true: the status badge, its reason and the counts), showIdentity
       * (default true: title, agency, year, format, publication date).
       */
      report: function (result, options)
      {
         var node = this.el("div", "ar-report"), entries, marks, format, counts, line, identity, i, other, tables,
            drawTables;
         options = options || {};
         result = result && typeof result === "object" ? result : {};
         entries = sortFindings(result.findings);
         marks = this.marks(entries);
         format = this.format(result);
         counts = this.counts(result.findings);
         node.setAttribute("data-status", figure(result.status));
         node.setAttribute("data-format", format);
         if (options.showStatus !== false)
         {
            node.appendChild(this.statusLine(result.status, result.statusReason));
         }
         if (options.showIdentity !== false)
         {
            identity = this.identity(result, format);
            if (identity)
            {
               node.appendChild(identity);
            }
         }
         if (result.status !== "UNREADABLE")
         {
            line = this.el("p", "ar-counts", this.t("counts", counts.ERROR, counts.WARNING, counts.INFO));
            line.setAttribute("data-errors", String(counts.ERROR));
            line.setAttribute("data-warnings", String(counts.WARNING));
            line.setAttribute("data-infos", String(counts.INFO));
            node.appendChild(line);
         }
         if (entries.length > 0)
         {
            node.appendChild(this.findingIndex(entries, format));
         }
         else if (result.status !== "UNREADABLE" && result.status !== "NOT_A_REPORT")
         {
            node.appendChild(this.el("p", "ar-none", this.t("noFindings")));
         }
         tables = result.tables || {};
         drawTables = result.status !== "UNREADABLE" && (result.status !== "NOT_A_REPORT"
            || (tables.t2 && tables.t2.found) || (tables.t3 && tables.t3.found) || (tables.t4 && tables.t4.found));
         if (drawTables)
         {
            for (i = 0; i < TABLES.length; i++)
            {
               node.appendChild(this.tableBlock(result, TABLES[i], format, marks));
            }
         }
         else
         {
            for (i = 0; i < TABLES.length; i++)
            {
               marks.other = marks.other.concat(marks.byTable[TABLES[i]]);
            }
            marks.other.sort(function (a, b)
            {
               return a.n - b.n;
            });
         }
         if (marks.other.length > 0)
         {
            other = this.el("div", "ar-other");
            other.appendChild(this.el("h4", "ar-other-title", this.t(drawTables ? "otherFindings" : "findings")));
            other.appendChild(this.findingList(marks.other, format, "ar-other-findings"));
            node.appendChild(other);
         }
         return node;
      },

      /** The status badge and, for UNREADABLE and NOT_A_REPORT, why. */
      statusLine: function (status, reason)
      {
         var line = this.el("div", "ar-status-line");
         line.appendChild(this.statusBadge(status));
         if (reason)
         {
            line.appendChild(this.el("span", "ar-status-reason", reason));
         }
         return line;
      },

      identity: function (result, format)
      {
         var id = result.identity || {}, dl = this.el("dl", "ar-identity"), self = this, any = false;
         function add(key, value)
         {
            if (value !== null && value !== undefined && value !== "")
            {
               dl.appendChild(self.el("dt", null, self.t(key)));
               dl.appendChild(self.el("dd", null, value));
               any = true;
            }
         }
         add("title", id.title);
         add("agency", id.agency || result.agency);
         add("year", id.reportYear || result.reportYear);
         if (result.format)
         {
            add("format", this.t("formatName", format));
         }
         add("publicationDate", id.publicationDate);
         return any ? dl : null;
      },

      /** The checker's page: header with the language switch, the summary table, one section per report. */
      page: function (data, onLanguage)
      {
         var results = data && isArray(data.results) ? data.results : [], meta = (data && data.meta) || {},
            page = this.el("div", "ar-page"), header = this.el("div", "ar-page-head"), button, info, summary, table,
            thead, tbody, tr, i, r, counts, section, link, byStatus = {}, countsLine, s, h2, back;
         page.setAttribute("lang", this.lang === "zh" ? "zh-CN" : "en");
         header.appendChild(this.el("h1", null, this.t("pageTitle")));
         info = [];
         if (meta.generatedAt)
         {
            info.push(this.t("generatedAt", meta.generatedAt));
         }
         if (meta.engineVersion)
         {
            info.push(this.t("engineVersion", meta.engineVersion));
         }
         header.appendChild(this.el("p", "ar-page-meta", info.join(" · ")));
         if (onLanguage)
         {
            button = this.el("button", "ar-lang", this.t("switchLanguage"));
            button.setAttribute("type", "button");
            button.onclick = onLanguage;
            header.appendChild(button);
         }
         page.appendChild(header);

         summary = this.el("div", "ar-summary");
         summary.id = this.prefix + "-summary";
         summary.appendChild(this.el("h2", null, this.t("summary")));
         for (i = 0; i < results.length; i++)
         {
            s = results[i] && results[i].status;
            byStatus[s] = (byStatus[s] || 0) + 1;
         }
         countsLine = this.el("p", "ar-summary-counts", this.t("reportCount", results.length));
         countsLine.setAttribute("data-total", String(results.length));
         for (i = 0; i < STATUSES.length; i++)
         {
            s = this.el("span", "ar-summary-count");
            s.setAttribute("data-status", STATUSES[i]);
            s.setAttribute("data-count", String(byStatus[STATUSES[i]] || 0));
            s.appendChild(this.statusBadge(STATUSES[i]));
            this.text(s, " " + (byStatus[STATUSES[i]] || 0));
            countsLine.appendChild(s);
         }
         summary.appendChild(countsLine);
         table = this.el("table", "ar-summary-table");
         thead = this.el("thead");
         tr = this.el("tr");
         tr.appendChild(this.el("th", null, "#"));
         tr.appendChild(this.el("th", null, this.t("file")));
         tr.appendChild(this.el("th", null, this.t("agency")));
         tr.appendChild(this.el("th", null, this.t("year")));
         tr.appendChild(this.el("th", null, this.t("status")));
         tr.appendChild(this.el("th", "ar-num-col", this.t("errors")));
         tr.appendChild(this.el("th", "ar-num-col", this.t("warnings")));
         thead.appendChild(tr);
         table.appendChild(thead);
         tbody = this.el("tbody");
         for (i = 0; i < results.length; i++)
         {
            r = results[i] || {};
            counts = this.counts(r.findings);
            tr = this.el("tr");
            tr.setAttribute("data-report", String(i + 1));
            tr.setAttribute("data-status", figure(r.status));
            tr.appendChild(this.el("td", "ar-num-col", i + 1));
            link = this.jump(this.el("a", "ar-file", r.file), this.prefix + "-r" + (i + 1));
            tr.appendChild(this.el("td")).appendChild(link);
            tr.appendChild(this.el("td", "ar-agency", r.agency || (r.identity && r.identity.agency)));
            tr.appendChild(this.el("td", "ar-year", r.reportYear));
            tr.appendChild(this.el("td")).appendChild(this.statusBadge(r.status));
            tr.appendChild(this.el("td", "ar-num-col ar-errors", r.status === "UNREADABLE" ? "" : counts.ERROR));
            tr.appendChild(this.el("td", "ar-num-col ar-warnings", r.status === "UNREADABLE" ? "" : counts.WARNING));
            tbody.appendChild(tr);
         }
         table.appendChild(tbody);
         summary.appendChild(table);
         page.appendChild(summary);

         for (i = 0; i < results.length; i++)
         {
            section = this.el("div", "ar-report-section");
            section.id = this.prefix + "-r" + (i + 1);
            section.setAttribute("data-report", String(i + 1));
            h2 = this.el("h2", "ar-report-title");
            h2.appendChild(this.el("span", "ar-num", i + 1));
            h2.appendChild(this.el("span", "ar-file", results[i] && results[i].file));
            section.appendChild(h2);
            section.appendChild(new View({ labels: this.labels, lang: this.lang, document: this.doc,
               idPrefix: this.prefix + "-r" + (i + 1) }).report(results[i]));
            back = this.jump(this.el("a", "ar-back", this.t("backToSummary")), summary.id);
            section.appendChild(back);
            page.appendChild(section);
         }
         return page;
      }
   };

   root.AnnualReportView =
   {
      /** The findings sorted most severe first, numbered: [{ n, f }]. */
      sortFindings: sortFindings,

      /** The status in words ("不合格" / "invalid"), as the checker writes it. */
      statusLabel: function (status, options)
      {
         return new View(options).statusLabel(status);
      },

      /** The status badge with its reason, as a report's drawing starts (e.g. for a report still PENDING). */
      renderStatus: function (status, reason, options)
      {
         return new View(options).statusLine(status, reason);
      },

      /** Draws one result; returns the element (not yet in the document). Options: see View and View.report. */
      renderReport: function (result, options)
      {
         return new View(options).report(result, options);
      },

      /**
       * Draws the checker's page for { meta, results } into container, replacing what is there; the language
       * switch draws it again in the other language.
       */
      renderPage: function (container, data, options)
      {
         options = options || {};
         var lang = options.lang === "en" ? "en" : "zh";
         function draw()
         {
            var view = new View({ labels: options.labels, lang: lang, document: options.document,
               idPrefix: options.idPrefix || "ar" });
            while (container.firstChild)
            {
               container.removeChild(container.firstChild);
            }
            container.appendChild(view.page(data, function ()
            {
               lang = lang === "zh" ? "en" : "zh";
               draw();
               return false;
            }));
            if (container.ownerDocument && container.ownerDocument.documentElement)
            {
               container.ownerDocument.documentElement.setAttribute("lang", lang === "zh" ? "zh-CN" : "en");
            }
         }
         draw();
         return container;
      }
   };
}(typeof window !== "undefined" ? window : this));
