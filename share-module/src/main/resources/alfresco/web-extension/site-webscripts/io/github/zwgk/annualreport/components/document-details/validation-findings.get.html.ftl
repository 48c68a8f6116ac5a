<#-- Findings panel of an annual report (document details). Panel labels: annual-report-share message bundle. The
     drawing (report-view.js, report-view.css, report-labels.js) is the engine's, unpacked from report-analysis at build
     time into META-INF/resources/annual-report-share/components/report-view/ (share-module/pom.xml). -->
<@standalone>
   <#-- the drawing (about 64 KB) only on the pages of reports, not on every document's -->
   <@markup id="css">
      <#if showFindings!false>
         <@link href="${url.context}/res/resources/annual-report-share/components/report-view/report-view.css" group="document-details"/>
         <@link href="${url.context}/res/resources/annual-report-share/components/document-details/validation-findings.css" group="document-details"/>
      </#if>
   </@>

   <@markup id="js">
      <#if showFindings!false>
         <@script src="${url.context}/res/resources/annual-report-share/components/report-view/report-labels.js" group="document-details"/>
         <@script src="${url.context}/res/resources/annual-report-share/components/report-view/report-view.js" group="document-details"/>
         <@script src="${url.context}/res/resources/annual-report-share/components/document-details/validation-findings.js" group="document-details"/>
      </#if>
   </@>

   <@markup id="widgets">
      <#if showFindings!false>
         <@createWidgets group="document-details"/>
         <@inlineScript group="document-details">
            YAHOO.util.Event.onContentReady("${args.htmlid?js_string}-heading", function() {
               Alfresco.util.createTwister("${args.htmlid?js_string}-heading", "AnnualReportValidationFindings");
            });
         </@>
      </#if>
   </@>

   <@markup id="html">
      <@uniqueIdDiv>
         <#if showFindings!false>
            <#assign el=args.htmlid?html>
            <div class="annual-report-findings document-details-panel">
               <h2 id="${el}-heading" class="thin dark">${msg("annual-report.findings.heading")}</h2>
               <div class="panel-body">
                  <div id="${el}-summary" class="annual-report-findings-summary">${msg("annual-report.findings.loading")}</div>
                  <div id="${el}-body" class="annual-report-findings-body"></div>
               </div>
            </div>
         </#if>
      </@>
   </@>
</@>
