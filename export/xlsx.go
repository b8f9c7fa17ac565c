package export

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/xuri/excelize/v2"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/internal/fsutil"
)

// Limits for workbooks: a workbook is a zip of XML files, and a small
// hostile one can unpack to gigabytes (excelize's own limit is 16 GB).
const (
	maxXLSXBytes       = 64 << 20
	maxXLSXUnzipped    = 256 << 20
	maxXLSXSheetXML    = 64 << 20
	xlsxHeaderRow      = 1
	xlsxInstructionsFI = "Ohje"
)

// ReadXLSX reads a workbook with sheets of actors, ties, groups,
// memberships, services, contacts and vocabularies, headed in Finnish,
// Swedish or English (Toimijat/Actors, Yhteydet/Ties, Ryhmät/Groups,
// Jäsenyydet/Memberships, Palvelut/Services, Yhteyshenkilöt/Contacts,
// Sanastot/Vocabularies). Sheets it does not know are skipped. Errors name
// the file, the sheet, the row and the column letter.
func ReadXLSX(r io.Reader, name string, opt ReadOptions) (*graph.Network, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxXLSXBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxXLSXBytes {
		return nil, fmt.Errorf("%s: file is larger than %d MiB", name, maxXLSXBytes>>20)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxXLSXUnzipped, UnzipXMLSizeLimit: maxXLSXSheetXML})
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable Excel workbook (.xlsx): %w", name, err)
	}
	defer f.Close()
	var tables []*table
	for _, sheetName := range f.GetSheetList() {
		rows, err := f.GetRows(sheetName, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("%s, sheet %s: %w", name, sheetName, err)
		}
		if len(rows) > maxRows {
			return nil, fmt.Errorf("%s, sheet %s: more than %d rows", name, sheetName, maxRows)
		}
		if len(rows) == 0 {
			continue
		}
		t := &table{name: sheetName, header: rows[0], headerLine: xlsxHeaderRow}
		for i, row := range rows[1:] {
			t.rows = append(t.rows, row)
			t.lines = append(t.lines, i+2)
		}
		tables = append(tables, t)
	}
	return tablesToNetwork(name, tables, opt)
}

// ReadXLSXFile reads a workbook file; see ReadXLSX.
func ReadXLSXFile(path string, opt ReadOptions) (*graph.Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadXLSX(f, path, opt)
}

// XLSX returns the network as a workbook with headers in Finnish ("fi")
// or English: one sheet per table, the header row bold and frozen.
func XLSX(n *graph.Network, lang string) ([]byte, error) {
	return workbook(networkToTables(n, lang), nil)
}

// workbook writes tables as sheets; instructions, when given, becomes a
// first sheet of text rows.
func workbook(tables []*table, instructions [][]string) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"#DDEBF7"}, Pattern: 1}})
	if err != nil {
		return nil, err
	}
	first := true
	addSheet := func(name string) error {
		if first {
			first = false
			return f.SetSheetName("Sheet1", name)
		}
		_, err := f.NewSheet(name)
		return err
	}
	if instructions != nil {
		if err := addSheet(xlsxInstructionsFI); err != nil {
			return nil, err
		}
		for i, row := range instructions {
			cells := make([]any, len(row))
			for j, c := range row {
				cells[j] = c
			}
			if err := f.SetSheetRow(xlsxInstructionsFI, fmt.Sprintf("A%d", i+1), &cells); err != nil {
				return nil, err
			}
		}
		f.SetColWidth(xlsxInstructionsFI, "A", "A", 24)
		f.SetColWidth(xlsxInstructionsFI, "B", "D", 40)
	}
	for _, t := range tables {
		if err := addSheet(t.name); err != nil {
			return nil, err
		}
		rows := append([][]string{t.header}, t.rows...)
		for i, row := range rows {
			cells := make([]any, len(row))
			for j, c := range row {
				cells[j] = c
			}
			if err := f.SetSheetRow(t.name, fmt.Sprintf("A%d", i+1), &cells); err != nil {
				return nil, err
			}
		}
		last := columnName(len(t.header) - 1)
		f.SetCellStyle(t.name, "A1", last+"1", bold)
		f.SetColWidth(t.name, "A", last, 18)
		f.SetPanes(t.name, &excelize.Panes{Freeze: true, Split: false, XSplit: 0, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteXLSX writes the network's workbook to path atomically.
func WriteXLSX(n *graph.Network, path, lang string) error {
	data, err := XLSX(n, lang)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := fsutil.WriteFileAtomic(path, data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
