/* docx_parts: the constant parts of a DOCX package (included by docx.c
 * only). Styles: Heading1-3 carry w:outlineLvl so that Word's TOC field
 * and LibreOffice's index find them. */
#ifndef SAKIP_REPORT_DOCX_PARTS_H
#define SAKIP_REPORT_DOCX_PARTS_H

#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define CT "application/vnd.openxmlformats-officedocument."

static const char zContentTypesHead[] = XML_HEAD
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Default Extension=\"xlsx\" ContentType=\"" CT "spreadsheetml.sheet\"/>"
	"<Override PartName=\"/word/document.xml\" ContentType=\"" CT "wordprocessingml.document.main+xml\"/>"
	"<Override PartName=\"/word/styles.xml\" ContentType=\"" CT "wordprocessingml.styles+xml\"/>"
	"<Override PartName=\"/word/settings.xml\" ContentType=\"" CT "wordprocessingml.settings+xml\"/>"
	"<Override PartName=\"/word/footer1.xml\" ContentType=\"" CT "wordprocessingml.footer+xml\"/>"
	"<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
	"<Override PartName=\"/docProps/app.xml\" ContentType=\"" CT "extended-properties+xml\"/>";

static const char zRootRels[] = XML_HEAD
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
	"</Relationships>";

static const char zDocRelsHead[] = XML_HEAD
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
	"<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>";

/* %d: the chart's number */
static const char zChartRels[] = XML_HEAD
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"../embeddings/Microsoft_Excel_Worksheet%d.xlsx\"/>"
	"</Relationships>";

static const char zApp[] = XML_HEAD
	"<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
	"<Application>sakip</Application></Properties>";

static const char zSettings[] = XML_HEAD
	"<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
	"<w:zoom w:percent=\"100\"/>"
	"<w:defaultTabStop w:val=\"720\"/>"
	"<w:characterSpacingControl w:val=\"doNotCompress\"/>"
	"<w:updateFields w:val=\"true\"/>"
	"<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
	"w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
	"<w:themeFontLang w:val=\"id-ID\"/>"
	"</w:settings>";

#define PSTYLE(id, name, based, ppr, rpr) \
	"<w:style w:type=\"paragraph\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>" \
	"<w:basedOn w:val=\"" based "\"/><w:next w:val=\"Normal\"/><w:qFormat/>" \
	"<w:pPr>" ppr "</w:pPr><w:rPr>" rpr "</w:rPr></w:style>"

static const char zStyles[] = XML_HEAD
	"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
	"<w:docDefaults><w:rPrDefault><w:rPr>"
	"<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
	"<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"id-ID\"/>"
	"</w:rPr></w:rPrDefault>"
	"<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
	"</w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
	"<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
	"<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
	"<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
	"<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/>"
	"<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
	"</w:tblCellMar></w:tblPr></w:style>"
	PSTYLE("Heading1", "heading 1", "Normal",
	       "<w:keepNext/><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"360\"/>"
	       "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
	       "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
	PSTYLE("Heading2", "heading 2", "Normal",
	       "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
	       "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/>",
	       "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
	PSTYLE("Heading3", "heading 3", "Normal",
	       "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"100\"/>"
	       "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"2\"/>",
	       "<w:b/><w:i/>")
	PSTYLE("Title", "Title", "Normal",
	       "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
	       "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
	PSTYLE("Subtitle", "Subtitle", "Normal",
	       "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
	       "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
	PSTYLE("Center", "Centered", "Normal", "<w:jc w:val=\"center\"/>", "")
	PSTYLE("Right", "Right", "Normal", "<w:jc w:val=\"right\"/>", "")
	PSTYLE("Placeholder", "Placeholder", "Normal",
	       "<w:pBdr><w:top w:val=\"dashed\" w:sz=\"4\" w:space=\"2\" w:color=\"C00000\"/>"
	       "<w:left w:val=\"dashed\" w:sz=\"4\" w:space=\"2\" w:color=\"C00000\"/>"
	       "<w:bottom w:val=\"dashed\" w:sz=\"4\" w:space=\"2\" w:color=\"C00000\"/>"
	       "<w:right w:val=\"dashed\" w:sz=\"4\" w:space=\"2\" w:color=\"C00000\"/></w:pBdr>"
	       "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/>",
	       "<w:i/><w:color w:val=\"9C0006\"/>")
	PSTYLE("Note", "Note", "Normal", "<w:spacing w:after=\"60\"/><w:jc w:val=\"left\"/>",
	       "<w:i/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
	PSTYLE("ListItem", "List Item", "Normal",
	       "<w:spacing w:after=\"60\"/><w:ind w:left=\"567\" w:hanging=\"283\"/>", "")
	PSTYLE("Caption", "caption", "Normal",
	       "<w:spacing w:before=\"160\" w:after=\"80\"/><w:jc w:val=\"center\"/>",
	       "<w:b/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
	PSTYLE("TableText", "Table Text", "Normal",
	       "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
	       "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
	PSTYLE("AfterTable", "After Table", "Normal", "<w:spacing w:after=\"120\"/>",
	       "<w:sz w:val=\"12\"/><w:szCs w:val=\"12\"/>")
	PSTYLE("TOC1", "toc 1", "Normal",
	       "<w:spacing w:after=\"60\"/><w:jc w:val=\"left\"/>", "<w:b/>")
	PSTYLE("TOC2", "toc 2", "Normal",
	       "<w:spacing w:after=\"40\"/><w:ind w:left=\"240\"/><w:jc w:val=\"left\"/>", "")
	PSTYLE("TOC3", "toc 3", "Normal",
	       "<w:spacing w:after=\"40\"/><w:ind w:left=\"480\"/><w:jc w:val=\"left\"/>",
	       "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
	PSTYLE("TableofFigures", "table of figures", "Normal",
	       "<w:spacing w:after=\"40\"/><w:ind w:left=\"1134\" w:hanging=\"1134\"/><w:jc w:val=\"left\"/>", "")
	PSTYLE("Footer", "footer", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>",
	       "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
	"<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
	"<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>"
	"<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
	"</w:tblBorders></w:tblPr></w:style>"
	"</w:styles>";

#endif
