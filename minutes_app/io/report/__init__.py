"""The 年度工作报告 annex: charts (matplotlib), the Word document and the workbook.

No Qt here: the window embeds the same matplotlib Figures through the services.
"""
