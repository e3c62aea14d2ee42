"""The 会议 area: the list of meetings and the meeting editor."""
