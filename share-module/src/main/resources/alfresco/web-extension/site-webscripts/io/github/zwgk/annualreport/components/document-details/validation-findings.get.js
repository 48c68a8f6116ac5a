<import resource="classpath:/alfresco/templates/org/alfresco/import/alfresco-util.js">

/**
 * Findings panel controller: shows the panel only for nodes that carry the validation aspect (ar:validation,
 * mandatory on ar:annualReport); the findings themselves are loaded in the browser so that the panel can reload
 * after the 重新校验 action (metadataRefresh event).
 */
function main()
{
   AlfrescoUtil.param("nodeRef");
   AlfrescoUtil.param("site", null);
   var details = AlfrescoUtil.getNodeDetails(model.nodeRef, model.site);
   var aspects = (details && details.item && details.item.node && details.item.node.aspects) || [];
   var validated = false;
   for (var i = 0; i < aspects.length; i++)
   {
      if (aspects[i] == "ar:validation")
      {
         validated = true;
         break;
      }
   }
   model.showFindings = validated;
   if (validated)
   {
      model.widgets = [{
         id: "ValidationFindings",
         name: "AnnualReport.ValidationFindings",
         options: {
            nodeRef: model.nodeRef,
            status: details.item.node.properties["ar:validationStatus"] || null
         }
      }];
   }
}

main();
