<#--
    Form control of ar:reviewHistory: the review steps as a dated list, newest first. The property holds one line per
    step, "yyyy-MM-dd HH:mm event" (platform-module ReviewStateRecorder); the form service hands a multi-valued text to
    the control joined with commas (PropertyFieldProcessor), so an entry ends at a comma followed by the next date.
    Read-only in every mode: the review workflow writes the property.
-->
<#assign entries = []>
<#if field.value?has_content>
   <#assign entries = field.value?split(",(?=\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?: |$))", "r")?reverse>
</#if>
<div class="form-field annual-report-review-history">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <#if entries?size == 0>
      <span class="viewmode-value">${msg("form.control.novalue")}</span>
      <#else>
      <ul class="viewmode-value annual-report-history" style="list-style: none; margin: 0.2em 0 0 0; padding: 0;">
         <#list entries as entry>
            <#assign step = entry?matches("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) ?(.*)", "s")>
         <li class="annual-report-history-entry"><#if step><span class="annual-report-history-date" style="color: #666; margin-right: 0.6em;">${step?groups[1]?html}</span> ${step?groups[2]?html}<#else>${entry?html}</#if></li>
         </#list>
      </ul>
      </#if>
   </div>
</div>
