"""The recall@5 set of benchmarks/retrieval.py (issue 12): a long manual written for it, and questions whose answer
sits in one section of it, each with a phrase only that section has (the expected passage is the one that holds it).

The questions are of three kinds on purpose: exact names and codes (keyword search is strong there), paraphrases
that share few words with the answer (vectors are), and mixed ones. The manual is fiction, so no model knows it.
"""

from __future__ import annotations

SECTIONS: tuple[tuple[str, str], ...] = (
    ("Unpacking", "The box holds the Aurora 7 base unit, the outdoor sensor mast, four AA batteries, a mounting "
     "bracket with two stainless screws and a USB-C cable. Keep the foam insert: a unit returned without it is not "
     "covered for transport damage."),
    ("Choosing a place for the mast", "Mount the outdoor sensor at least 1.5 metres above lawn or gravel and never "
     "above asphalt, which heats up in the sun and adds several degrees to the reading. Keep it ten metres from "
     "walls that face south."),
    ("Pairing", "Hold the LINK button on the base unit for three seconds until the ring blinks amber, then insert "
     "the batteries into the sensor. Pairing uses the 868 MHz band in Europe and 915 MHz in North America."),
    ("Radio range", "In open air the sensor reaches the base unit across 150 metres. Reinforced concrete, metal "
     "cladding and insulated glass with a metal coating can cut that to a few metres; a repeater, model RX-12, "
     "doubles the distance."),
    ("Battery life", "Alkaline cells last about eighteen months in the sensor. Below minus ten degrees Celsius use "
     "lithium cells instead, since alkaline ones lose most of their capacity in deep frost."),
    ("Rain gauge", "The tipping bucket empties every 0.2 millimetres of rain. Clean the funnel each spring: leaves "
     "and spider webs in it make the gauge report too little rain."),
    ("Anemometer", "Wind speed is sampled every 2.5 seconds and the gust value is the highest three-second average "
     "of the last ten minutes. The cups must spin freely; a stiff bearing under-reports light wind."),
    ("Calibrating the barometer", "Enter your altitude in the Settings menu so the station reports sea-level "
     "pressure. Compare it once with the nearest airport's METAR report and adjust the offset in steps of 0.1 hPa."),
    ("Humidity drift", "Humidity sensors drift by about one percent a year. The salt test checks them: seal the "
     "sensor in a box with a cup of wet table salt for a day; the reading should settle at 75 percent."),
    ("Display and backlight", "The backlight stays on for fifteen seconds after a key press when the unit runs "
     "on batteries, and permanently with the power adapter. Night mode dims it between 22:00 and 06:00."),
    ("Error code E3", "E3 on the display means the outdoor sensor has not been heard for six hours. Check its "
     "batteries first, then move the base unit closer or add the RX-12 repeater."),
    ("Error code E7", "E7 means the internal memory is full. The station keeps 10,000 records at one record every "
     "five minutes; export them to a USB stick or lower the logging rate to keep older data."),
    ("Exporting data", "Records are exported as a CSV file with one line per reading: time in UTC, temperature, "
     "humidity, pressure, wind and rain. Spreadsheet programs open it directly."),
    ("Wi-Fi upload", "The Aurora 7 can upload to Weather Underground and to your own server over MQTT. It joins "
     "2.4 GHz networks only; a router that offers only 5 GHz will not be found."),
    ("Firmware updates", "New firmware arrives over Wi-Fi during the night. Never pull the plug while the ring "
     "blinks blue: an interrupted update leaves the unit in recovery mode, which needs the USB-C cable to repair."),
    ("Frost alarm", "The frost alarm sounds when the outdoor temperature falls below a threshold you choose, 3 "
     "degrees Celsius by default, so there is time to cover the plants before the ground freezes."),
    ("Storm warning", "When the pressure falls by more than 4 hPa within three hours, a cloud with a lightning "
     "bolt appears: a storm is likely within half a day."),
    ("Cleaning the solar shield", "Wash the white radiation shield with lukewarm water and mild soap twice a year. "
     "A grey shield absorbs sunlight and makes afternoon temperatures read too high."),
    ("Winter care", "Snow that covers the rain funnel melts later and is counted on the day it melts. Where snow is "
     "heavy, fit the optional heater ring HR-3, which needs the power adapter."),
    ("Lightning", "Unscrew the mast from a metal roof during thunderstorms or ground it with a 16 square millimetre "
     "copper wire; the warranty does not cover damage from a direct strike."),
    ("Warranty", "The warranty lasts three years from the date of purchase for the base unit and two years for the "
     "outdoor sensors. Keep the receipt; the serial number is under the battery cover."),
    ("Resetting", "To restore the factory settings, hold LINK and MODE together for ten seconds. Records stay, but "
     "the pairing, the altitude and the alarm thresholds are cleared."),
    ("Moon phase and sunrise", "Sunrise, sunset and the moon phase come from the latitude and longitude you enter "
     "and need no connection; enter them with four decimals for times correct to the minute."),
    ("Recycling", "Batteries do not belong in household waste. At the end of its life, take the station to an "
     "electronics collection point; the plastic of the housing is marked PC-ABS."),
)

# (question, a phrase that only the section answering it contains)
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("What does error E7 mean?", "internal memory is full"),
    ("What does error code E3 on the display mean?", "has not been heard for six hours"),
    ("Which repeater model extends the radio range?", "cut that to a few metres"),
    ("What is the heater ring HR-3 for?", "fit the optional heater ring"),
    ("Which frequency does pairing use in North America?", "915 MHz"),
    ("How do I compare the barometer with a METAR report?", "adjust the offset"),
    ("What plastic is the housing made of, PC-ABS?", "electronics collection point"),
    ("How thick must the copper grounding wire be?", "16 square millimetre"),
    ("My phone hotspot is on 5 GHz and the station cannot find it, why?", "2.4 GHz networks only"),
    ("Why does the temperature read too warm in the afternoon?", "A grey shield absorbs sunlight"),
    ("Which batteries should I use when it is very cold outside?", "lithium cells"),
    ("How can I check whether the humidity reading is still accurate?", "wet table salt"),
    ("How long before a thunderstorm does the station warn me?", "within half a day"),
    ("What happens if I unplug the station while it is updating itself?", "recovery mode"),
    ("How high above the ground should the outdoor sensor be mounted?", "1.5 metres above lawn"),
    ("Why does the rain gauge show less rain than fell?", "spider webs"),
    ("How do I get the station back to how it was when new?", "hold LINK and MODE together"),
    ("How long is the guarantee on the base unit?", "three years from the date of purchase"),
    ("Can I open the exported readings in a spreadsheet?", "CSV file"),
    ("When does the screen light turn off?", "fifteen seconds after a key press"),
    ("How do I protect my plants from a cold night?", "cover the plants"),
    ("What must I keep from the packaging?", "Keep the foam insert"),
    ("How is the wind gust value computed?", "highest three-second average"),
    ("Do the sunrise times need an internet connection?", "need no connection"),
    ("How far apart can the sensor and the base unit be outdoors?", "150 metres"),
    ("How many records fit in memory and how often are they taken?", "10,000 records"),
)


def manual() -> str:
    """The whole manual as one markdown document."""
    parts = ["# Aurora 7 home weather station: user manual"]
    parts.extend(f"## {title}\n\n{text}" for title, text in SECTIONS)
    return "\n\n".join(parts) + "\n"
